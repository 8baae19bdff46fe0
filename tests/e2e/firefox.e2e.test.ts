import { defineExtensionSuite } from './extension-suite';

defineExtensionSuite('firefox');
