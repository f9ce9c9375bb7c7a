// Benchmark aid, loaded with `node --import`: when the process exits, writes its peak resident
// set size (bytes) and the CPU time it used (ms, user + system) to the file named by
// PEAK_MEMORY_FILE, as JSON.
import { writeFileSync } from 'node:fs'

const file = process.env.PEAK_MEMORY_FILE
if (file)
  process.on('exit', () => {
    // resourceUsage(): maxRSS in kilobytes, CPU times in microseconds.
    const usage = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        peakBytes: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
      })
    )
  })
