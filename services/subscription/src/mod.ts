export { startSubscriptionService, type SubscriptionService } from "./subscription-service.js";
