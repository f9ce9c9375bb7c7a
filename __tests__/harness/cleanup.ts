/** Jest setup (setupFilesAfterEnv): no test file leaves its runs' temporary folders behind. */
import { afterAll } from '@jest/globals'
import { removeRunFolders } from './run-action.js'

afterAll(() => {
  removeRunFolders()
})
