export { main, type CommandIo } from './main';
