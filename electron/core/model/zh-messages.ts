import { z } from 'zod';

/** zod's own messages (wrong type, unknown key …) in Chinese; our schemas add field-specific ones. */
z.config(z.locales.zhCN());
