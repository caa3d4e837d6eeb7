import { runApp } from './electron/app'

// Entry of the Electron main process: the shell builds the core and wires it up.
runApp(__dirname)
