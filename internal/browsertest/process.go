package browsertest

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// reapLeftovers waits briefly for Chromium's child processes (zygote,
// renderers, network service) to exit after the browser did, then kills
// those still running and returns how many it killed. A leftover would keep
// writing into the profile while t.TempDir removes it, and would outlive
// go test. Chromium passes --user-data-dir to every child, and each test's
// profile folder is unique, so the command line names exactly this test's
// processes. Without /proc (not Linux) there is nothing to look at.
func reapLeftovers(profile string) int {
	const settle = 2 * time.Second
	for end := time.Now().Add(settle); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if len(processesUsing(profile)) == 0 {
			return 0
		}
	}
	pids := processesUsing(profile)
	for _, pid := range pids {
		syscall.Kill(pid, syscall.SIGKILL)
	}
	return len(pids)
}

// processesUsing lists the processes started with this profile folder.
func processesUsing(profile string) []int {
	want := []byte("--user-data-dir=" + profile)
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil {
			continue
		}
		if hasArg(cmdline, want) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// hasArg reports whether the command line holds the argument arg. Chromium's
// children rewrite their command line as one string of space-separated
// arguments, so NUL and space both end an argument.
func hasArg(cmdline, arg []byte) bool {
	for rest := cmdline; ; {
		i := bytes.Index(rest, arg)
		if i < 0 {
			return false
		}
		startsArg := i == 0 || rest[i-1] == 0 || rest[i-1] == ' '
		rest = rest[i+len(arg):]
		if startsArg && (len(rest) == 0 || rest[0] == 0 || rest[0] == ' ') {
			return true
		}
	}
}

// limitedBuffer keeps the first max bytes written to it. Chromium writes
// from its own goroutine while the test may read, hence the mutex.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
