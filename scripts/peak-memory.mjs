// Benchmark aid, loaded with `node --import`: when the process exits, writes its peak resident
// set size (bytes) to the file named by PEAK_MEMORY_FILE.
import { writeFileSync } from 'node:fs'

const file = process.env.PEAK_MEMORY_FILE
if (file)
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024))
  })
