// What main.ts may ask the worker: both files import this type, so a command
// the worker does not know is a type error on the main side.
export type Command = "ping" | "fail" | "hang";
