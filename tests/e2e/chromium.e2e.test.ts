import { defineExtensionSuite } from './extension-suite';

defineExtensionSuite('chrome');
