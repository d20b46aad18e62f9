// The browser build is the same API as the package entry.
declare module "workerpool/dist/workerpool.min.js" {
  import workerpool from "workerpool";
  export default workerpool;
}
