// The app's Chinese font stack (antd's font token; index.html loads it early, see first-screen).

/** Renders Chinese on Windows (YaHei), macOS (PingFang) and Linux (Noto / Source Han). */
export const FONT_STACK =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
