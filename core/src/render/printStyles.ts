/**
 * The published look of an exported report (A4, 仿宋/宋体, GB/T 9704-style margins). A file of its own:
 * esbuild keeps a template with substitutions even when unused, and the preview (the client) needs none of it.
 */

const SONG = '"SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const FANGSONG = `"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", ${SONG}`;
const HEI = '"SimHei", "黑体", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const XIAOBIAOSONG = `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", ${SONG}`;

export const PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 156mm; padding: 10mm 0; font-family: ${FANGSONG}; font-size: 16pt; line-height: 28pt; }
.zfxxgk-report { max-width: none; }
.zfxxgk-report h1.title { font-family: ${XIAOBIAOSONG}; font-size: 22pt; line-height: 1.5; margin: 0 0 28pt; }
.zfxxgk-report h2.heading { font-family: ${HEI}; font-size: 16pt; margin: 0; }
.zfxxgk-report h3.subheading { font-family: ${FANGSONG}; font-size: 16pt; margin: 0; }
.zfxxgk-report table.statutory { font-family: ${SONG}; font-size: 10.5pt; line-height: 1.4; }
.zfxxgk-report table.statutory th, .zfxxgk-report table.statutory td { border: 0.75pt solid #000; }
.zfxxgk-report table.statutory thead { display: table-header-group; }
.zfxxgk-report table.statutory tr { break-inside: avoid; page-break-inside: avoid; }
.zfxxgk-report table.statutory tr.caption, .zfxxgk-report table.statutory tr.columns { break-after: avoid; page-break-after: avoid; }
.zfxxgk-report h1, .zfxxgk-report h2, .zfxxgk-report h3, .zfxxgk-report caption { break-after: avoid; page-break-after: avoid; }
.zfxxgk-report p.paragraph { orphans: 2; widows: 2; }
@media print { body { max-width: none; padding: 0; } .zfxxgk-report .table-wrap { overflow: visible; } }
`;
