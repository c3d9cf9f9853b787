// The address of the web workspace's mission picture (web/picture/picture-page.ts), for the routes and the header's link.

/** Where the mission picture is: "/picture". */
export const PICTURE_PATH = '/picture';
