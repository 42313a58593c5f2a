// Whether a process still runs (for leftovers named by the pid that made them: a browser profile, a temporary file).
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
