// The lazily loaded half of this feature, gathered in one chunk (see load-auth-services.ts).
// Only load-auth-services.ts imports this file.
export { startDeviceContact } from './device-contact';
export { logIn } from './log-in';
export { logInAgain } from './log-in-again';
export { endServerSession, logOut } from './log-out';
export { setUpAccount } from './set-up-account';
export { unlockAccount } from './unlock-account';
