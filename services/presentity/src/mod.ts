export { startPresentityService, type PresentityService } from "./presentity-service.js";
