// The mission picture drawn for any host (the plugin's dashboard, the web workspace's page).
export { drawPictureBoard, type PictureBoard, type PictureBoardOptions } from './picture-board.js';
