// The executable's module: importing it runs the command.
import { main } from "./entry.js";

main();
