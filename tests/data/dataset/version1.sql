-- A dataset of schema version 1 (PRAGMA user_version 1), as nianbao wrote them before the
-- dataset stored the record's own status. Made with the nianbao of commit cdb0252:
--   mkdir in && cp samples/street_2021_report.txt in/
--   printf '%%PDF-1.7\n%% cut off after the header\n' > in/broken.pdf
--   nianbao run in --db v1.sqlite -j1 && sqlite3 v1.sqlite .dump
-- then PRAGMA user_version (which .dump leaves out) added at the end. Read by
-- tests/dataset/migration_test.cpp.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT,
  pages INTEGER,
  url TEXT,
  fetched_at TEXT,
  site TEXT,
  source_extra TEXT,
  title TEXT,
  agency TEXT,
  year INTEGER,
  template TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
  error_kind TEXT,
  error TEXT,
  record TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  duration_ms INTEGER
);
INSERT INTO documents VALUES(1,'65ec18cfb4de6dddfebb7b94c4071691b4f722ea96af6b2767ad39254d1a0b06','in/broken.pdf',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'failed','damaged','the PDF is damaged or truncated (Poppler error code 3): it has no readable page catalog; re-export or re-download it','{"schema":"nianbao/1","source":{"path":"in/broken.pdf","sha256":"65ec18cfb4de6dddfebb7b94c4071691b4f722ea96af6b2767ad39254d1a0b06"},"status":"error","error":{"kind":"damaged","message":"the PDF is damaged or truncated (Poppler error code 3): it has no readable page catalog; re-export or re-download it"}}','2026-12-02T14:31:35Z',2);
INSERT INTO documents VALUES(2,'87dc689e99a37dc1a8d684b54bdbd4d9b75cb450bd69642cd143c56c828be9dd','in/street_2021_report.txt','txt',NULL,NULL,NULL,NULL,NULL,'白石市芦洲区石门街道办事处2024年政府信息公开工作年度报告','白石市芦洲区石门街道办事处',2024,'2021','partial',NULL,NULL,'{"schema":"nianbao/1","source":{"path":"in/street_2021_report.txt","sha256":"87dc689e99a37dc1a8d684b54bdbd4d9b75cb450bd69642cd143c56c828be9dd","format":"txt"},"title":"白石市芦洲区石门街道办事处2024年政府信息公开工作年度报告","agency":"白石市芦洲区石门街道办事处","year":2024,"template":"2021","sections":{"s1":"2024年，我街道坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，把政务公开作为转变作风、服务群众的抓手，围绕中心工作抓好石门街道各项信息的发布、解读和回应，政府工作透明度稳步提升。\n（一）主动公开\n全年通过门户网站、政务新媒体和公开栏主动公开政府信息146条，其中发布政策文件解读49篇，重点做好财政预决算、民生实事和惠企政策等信息的公开，做到应公开尽公开。\n（二）依申请公开\n2024年我街道共受理政府信息公开申请11件，均在法定期限内答复，答复文书格式统一、依据明确，未发生因答复不当被纠错的情况。\n（三）政府信息管理\n严格执行公开前保密审查制度，落实“先审查、后公开”和“一事一审”要求，全年开展信息公开自查9次，及时更正和撤回过时信息。\n（四）平台建设\n持续优化政府信息公开专栏，“石门街道发布”微信公众号全年推送信息664条，累计阅读4.7万人次，咨询电话0955-2432493工作日专人接听。\n（五）监督保障\n将政务公开纳入年度目标考核，明确分管领导和专职工作人员，组织业务培训4场，本年度未发生因政府信息公开工作被追究责任的情况。","s2":"","s3":"","s4":"","s5":"回顾2024年，我街道在政府信息公开工作中还存在一些不足：一是部分栏目更新不够及时，信息发布的时效性有待提高；二是政策解读形式比较单一，图解和视频解读偏少；三是工作人员业务能力还需加强。\n下一步，我街道将细化栏目责任分工，建立更新提醒机制；丰富解读形式，提高解读的针对性和可读性；加强业务培训，提升依申请公开办理质量。","s6":"本单位依据《政府信息公开信息处理费管理办法》收取信息处理费，2024年发出收费通知的件数2件，总金额170元。实际收取的总金额170元。\n2024年度，我街道办理人大代表建议29件、政协委员提案13件，办理结果均按规定予以公开。\n对照上级年度政务公开工作要点，逐项抓好任务落实，全部按期完成。"},"values":{"t2.rules.issued":0,"t2.rules.repealed":0,"t2.rules.in_force":0,"t2.normative.issued":8,"t2.normative.repealed":3,"t2.normative.in_force":73,"t2.licensing.decisions":297,"t2.penalty.decisions":43,"t2.coercion.decisions":5,"t2.fees.amount":109.04,"t3.new.natural":6,"t3.new.commercial":2,"t3.new.research":1,"t3.new.social":0,"t3.new.legal":2,"t3.new.other_org":0,"t3.new.total":11,"t3.carried_in.natural":1,"t3.carried_in.commercial":0,"t3.carried_in.research":0,"t3.carried_in.social":0,"t3.carried_in.legal":0,"t3.carried_in.other_org":0,"t3.carried_in.total":1,"t3.granted.natural":2,"t3.granted.commercial":1,"t3.granted.research":1,"t3.granted.social":0,"t3.granted.legal":0,"t3.granted.other_org":0,"t3.granted.total":4,"t3.partial.natural":1,"t3.partial.commercial":0,"t3.partial.research":0,"t3.partial.social":0,"t3.partial.legal":1,"t3.partial.other_org":0,"t3.partial.total":2,"t3.denied.state_secret.natural":0,"t3.denied.state_secret.commercial":0,"t3.denied.state_secret.research":0,"t3.denied.state_secret.social":0,"t3.denied.state_secret.legal":0,"t3.denied.state_secret.other_org":0,"t3.denied.state_secret.total":0,"t3.denied.prohibited.natural":0,"t3.denied.prohibited.commercial":0,"t3.denied.prohibited.research":0,"t3.denied.prohibited.social":0,"t3.denied.prohibited.legal":0,"t3.denied.prohibited.other_org":0,"t3.denied.prohibited.total":0,"t3.denied.security.natural":0,"t3.denied.security.commercial":0,"t3.denied.security.research":0,"t3.denied.security.social":0,"t3.denied.security.legal":0,"t3.denied.security.other_org":0,"t3.denied.security.total":0,"t3.denied.third_party.natural":0,"t3.denied.third_party.commercial":0,"t3.denied.third_party.research":0,"t3.denied.third_party.social":0,"t3.denied.third_party.legal":0,"t3.denied.third_party.other_org":0,"t3.denied.third_party.total":0,"t3.denied.internal.natural":1,"t3.denied.internal.commercial":0,"t3.denied.internal.research":0,"t3.denied.internal.social":0,"t3.denied.internal.legal":0,"t3.denied.internal.other_org":0,"t3.denied.internal.total":1,"t3.denied.process.natural":0,"t3.denied.process.commercial":0,"t3.denied.process.research":0,"t3.denied.process.social":0,"t3.denied.process.legal":0,"t3.denied.process.other_org":0,"t3.denied.process.total":0,"t3.denied.case_file.natural":0,"t3.denied.case_file.commercial":0,"t3.denied.case_file.research":0,"t3.denied.case_file.social":0,"t3.denied.case_file.legal":0,"t3.denied.case_file.other_org":0,"t3.denied.case_file.total":0,"t3.denied.inquiry.natural":0,"t3.denied.inquiry.commercial":0,"t3.denied.inquiry.research":0,"t3.denied.inquiry.social":0,"t3.denied.inquiry.legal":0,"t3.denied.inquiry.other_org":0,"t3.denied.inquiry.total":0,"t3.unavailable.not_held.natural":2,"t3.unavailable.not_held.commercial":1,"t3.unavailable.not_held.research":0,"t3.unavailable.not_held.social":0,"t3.unavailable.not_held.legal":1,"t3.unavailable.not_held.other_org":0,"t3.unavailable.not_held.total":4,"t3.unavailable.needs_creation.natural":1,"t3.unavailable.needs_creation.commercial":0,"t3.unavailable.needs_creation.research":0,"t3.unavailable.needs_creation.social":0,"t3.unavailable.needs_creation.legal":0,"t3.unavailable.needs_creation.other_org":0,"t3.unavailable.needs_creation.total":1,"t3.unavailable.unclear.natural":0,"t3.unavailable.unclear.commercial":0,"t3.unavailable.unclear.research":0,"t3.unavailable.unclear.social":0,"t3.unavailable.unclear.legal":0,"t3.unavailable.unclear.other_org":0,"t3.unavailable.unclear.total":0,"t3.unprocessed.petition.natural":0,"t3.unprocessed.petition.commercial":0,"t3.unprocessed.petition.research":0,"t3.unprocessed.petition.social":0,"t3.unprocessed.petition.legal":0,"t3.unprocessed.petition.other_org":0,"t3.unprocessed.petition.total":0,"t3.unprocessed.duplicate.natural":0,"t3.unprocessed.duplicate.commercial":0,"t3.unprocessed.duplicate.research":0,"t3.unprocessed.duplicate.social":0,"t3.unprocessed.duplicate.legal":0,"t3.unprocessed.duplicate.other_org":0,"t3.unprocessed.duplicate.total":0,"t3.unprocessed.publication.natural":0,"t3.unprocessed.publication.commercial":0,"t3.unprocessed.publication.research":0,"t3.unprocessed.publication.social":0,"t3.unprocessed.publication.legal":0,"t3.unprocessed.publication.other_org":0,"t3.unprocessed.publication.total":0,"t3.unprocessed.excessive.natural":0,"t3.unprocessed.excessive.commercial":0,"t3.unprocessed.excessive.research":0,"t3.unprocessed.excessive.social":0,"t3.unprocessed.excessive.legal":0,"t3.unprocessed.excessive.other_org":0,"t3.unprocessed.excessive.total":0,"t3.unprocessed.confirmation.natural":0,"t3.unprocessed.confirmation.commercial":0,"t3.unprocessed.confirmation.research":0,"t3.unprocessed.confirmation.social":0,"t3.unprocessed.confirmation.legal":0,"t3.unprocessed.confirmation.other_org":0,"t3.unprocessed.confirmation.total":0,"t3.other.no_correction.natural":0,"t3.other.no_correction.commercial":0,"t3.other.no_correction.research":0,"t3.other.no_correction.social":0,"t3.other.no_correction.legal":0,"t3.other.no_correction.other_org":0,"t3.other.no_correction.total":0,"t3.other.no_fee.natural":0,"t3.other.no_fee.commercial":0,"t3.other.no_fee.research":0,"t3.other.no_fee.social":0,"t3.other.no_fee.legal":0,"t3.other.no_fee.other_org":0,"t3.other.no_fee.total":0,"t3.other.other.natural":0,"t3.other.other.commercial":0,"t3.other.other.research":0,"t3.other.other.social":0,"t3.other.other.legal":0,"t3.other.other.other_org":0,"t3.other.other.total":0,"t3.total.natural":7,"t3.total.commercial":2,"t3.total.research":1,"t3.total.social":0,"t3.total.legal":2,"t3.total.other_org":0,"t3.total.total":12,"t3.carried_out.natural":0,"t3.carried_out.commercial":0,"t3.carried_out.research":0,"t3.carried_out.social":0,"t3.carried_out.legal":0,"t3.carried_out.other_org":0,"t3.carried_out.total":0,"t4.review.upheld":0,"t4.review.corrected":0,"t4.review.other":0,"t4.review.pending":0,"t4.review.total":0,"t4.suit_direct.upheld":1,"t4.suit_direct.corrected":0,"t4.suit_direct.other":0,"t4.suit_direct.pending":0,"t4.suit_direct.total":1,"t4.suit_after_review.upheld":1,"t4.suit_after_review.corrected":0,"t4.suit_after_review.other":0,"t4.suit_after_review.pending":0,"t4.suit_after_review.total":1,"s6.fee_notices":2,"s6.fee_billed":170,"s6.fee_collected":170},"checks":[{"rule":"t3.balance.natural","ok":true,"lhs":7,"rhs":7},{"rule":"t3.balance.commercial","ok":true,"lhs":2,"rhs":2},{"rule":"t3.balance.research","ok":true,"lhs":1,"rhs":1},{"rule":"t3.balance.social","ok":true,"lhs":0,"rhs":0},{"rule":"t3.balance.legal","ok":true,"lhs":2,"rhs":2},{"rule":"t3.balance.other_org","ok":true,"lhs":0,"rhs":0},{"rule":"t3.balance.total","ok":true,"lhs":12,"rhs":12},{"rule":"t3.results.natural","ok":true,"lhs":7,"rhs":7},{"rule":"t3.results.commercial","ok":true,"lhs":2,"rhs":2},{"rule":"t3.results.research","ok":true,"lhs":1,"rhs":1},{"rule":"t3.results.social","ok":true,"lhs":0,"rhs":0},{"rule":"t3.results.legal","ok":true,"lhs":2,"rhs":2},{"rule":"t3.results.other_org","ok":true,"lhs":0,"rhs":0},{"rule":"t3.results.total","ok":true,"lhs":12,"rhs":12},{"rule":"t3.row.new","ok":true,"lhs":11,"rhs":11},{"rule":"t3.row.carried_in","ok":true,"lhs":1,"rhs":1},{"rule":"t3.row.granted","ok":true,"lhs":4,"rhs":4},{"rule":"t3.row.partial","ok":true,"lhs":2,"rhs":2},{"rule":"t3.row.denied.state_secret","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.prohibited","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.security","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.third_party","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.internal","ok":true,"lhs":1,"rhs":1},{"rule":"t3.row.denied.process","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.case_file","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.denied.inquiry","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unavailable.not_held","ok":true,"lhs":4,"rhs":4},{"rule":"t3.row.unavailable.needs_creation","ok":true,"lhs":1,"rhs":1},{"rule":"t3.row.unavailable.unclear","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unprocessed.petition","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unprocessed.duplicate","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unprocessed.publication","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unprocessed.excessive","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.unprocessed.confirmation","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.other.no_correction","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.other.no_fee","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.other.other","ok":true,"lhs":0,"rhs":0},{"rule":"t3.row.total","ok":true,"lhs":12,"rhs":12},{"rule":"t3.row.carried_out","ok":true,"lhs":0,"rhs":0},{"rule":"t4.sum.review","ok":true,"lhs":0,"rhs":0},{"rule":"t4.sum.suit_direct","ok":true,"lhs":1,"rhs":1},{"rule":"t4.sum.suit_after_review","ok":true,"lhs":1,"rhs":1}],"provenance":{"s6.fee_billed":{"text":"总金额170元","origin":"text"},"s6.fee_collected":{"text":"实际收取的总金额170元","origin":"text"},"s6.fee_notices":{"text":"收费通知的件数2件","origin":"text"},"t2.coercion.decisions":{"table":0,"row":10,"col":3,"text":"5","origin":"text"},"t2.fees.amount":{"table":0,"row":13,"col":3,"text":"109.04","origin":"text"},"t2.licensing.decisions":{"table":0,"row":6,"col":3,"text":"297","origin":"text"},"t2.normative.in_force":{"table":0,"row":3,"col":3,"text":"73","origin":"text"},"t2.normative.issued":{"table":0,"row":3,"col":1,"text":"8","origin":"text"},"t2.normative.repealed":{"table":0,"row":3,"col":2,"text":"3","origin":"text"},"t2.penalty.decisions":{"table":0,"row":9,"col":3,"text":"43","origin":"text"},"t2.rules.in_force":{"table":0,"row":2,"col":3,"text":"0","origin":"text"},"t2.rules.issued":{"table":0,"row":2,"col":1,"text":"0","origin":"text"},"t2.rules.repealed":{"table":0,"row":2,"col":2,"text":"0","origin":"text"},"t3.carried_in.commercial":{"table":1,"row":4,"col":4,"text":"0","origin":"text"},"t3.carried_in.legal":{"table":1,"row":4,"col":7,"text":"0","origin":"text"},"t3.carried_in.natural":{"table":1,"row":4,"col":3,"text":"1","origin":"text"},"t3.carried_in.other_org":{"table":1,"row":4,"col":8,"text":"0","origin":"text"},"t3.carried_in.research":{"table":1,"row":4,"col":5,"text":"0","origin":"text"},"t3.carried_in.social":{"table":1,"row":4,"col":6,"text":"0","origin":"text"},"t3.carried_in.total":{"table":1,"row":4,"col":9,"text":"1","origin":"text"},"t3.carried_out.commercial":{"table":1,"row":27,"col":4,"text":"0","origin":"text"},"t3.carried_out.legal":{"table":1,"row":27,"col":7,"text":"0","origin":"text"},"t3.carried_out.natural":{"table":1,"row":27,"col":3,"text":"0","origin":"text"},"t3.carried_out.other_org":{"table":1,"row":27,"col":8,"text":"0","origin":"text"},"t3.carried_out.research":{"table":1,"row":27,"col":5,"text":"0","origin":"text"},"t3.carried_out.social":{"table":1,"row":27,"col":6,"text":"0","origin":"text"},"t3.carried_out.total":{"table":1,"row":27,"col":9,"text":"0","origin":"text"},"t3.denied.case_file.commercial":{"table":1,"row":13,"col":4,"text":"0","origin":"text"},"t3.denied.case_file.legal":{"table":1,"row":13,"col":7,"text":"0","origin":"text"},"t3.denied.case_file.natural":{"table":1,"row":13,"col":3,"text":"0","origin":"text"},"t3.denied.case_file.other_org":{"table":1,"row":13,"col":8,"text":"0","origin":"text"},"t3.denied.case_file.research":{"table":1,"row":13,"col":5,"text":"0","origin":"text"},"t3.denied.case_file.social":{"table":1,"row":13,"col":6,"text":"0","origin":"text"},"t3.denied.case_file.total":{"table":1,"row":13,"col":9,"text":"0","origin":"text"},"t3.denied.inquiry.commercial":{"table":1,"row":14,"col":4,"text":"0","origin":"text"},"t3.denied.inquiry.legal":{"table":1,"row":14,"col":7,"text":"0","origin":"text"},"t3.denied.inquiry.natural":{"table":1,"row":14,"col":3,"text":"0","origin":"text"},"t3.denied.inquiry.other_org":{"table":1,"row":14,"col":8,"text":"0","origin":"text"},"t3.denied.inquiry.research":{"table":1,"row":14,"col":5,"text":"0","origin":"text"},"t3.denied.inquiry.social":{"table":1,"row":14,"col":6,"text":"0","origin":"text"},"t3.denied.inquiry.total":{"table":1,"row":14,"col":9,"text":"0","origin":"text"},"t3.denied.internal.commercial":{"table":1,"row":11,"col":4,"text":"0","origin":"text"},"t3.denied.internal.legal":{"table":1,"row":11,"col":7,"text":"0","origin":"text"},"t3.denied.internal.natural":{"table":1,"row":11,"col":3,"text":"1","origin":"text"},"t3.denied.internal.other_org":{"table":1,"row":11,"col":8,"text":"0","origin":"text"},"t3.denied.internal.research":{"table":1,"row":11,"col":5,"text":"0","origin":"text"},"t3.denied.internal.social":{"table":1,"row":11,"col":6,"text":"0","origin":"text"},"t3.denied.internal.total":{"table":1,"row":11,"col":9,"text":"1","origin":"text"},"t3.denied.process.commercial":{"table":1,"row":12,"col":4,"text":"0","origin":"text"},"t3.denied.process.legal":{"table":1,"row":12,"col":7,"text":"0","origin":"text"},"t3.denied.process.natural":{"table":1,"row":12,"col":3,"text":"0","origin":"text"},"t3.denied.process.other_org":{"table":1,"row":12,"col":8,"text":"0","origin":"text"},"t3.denied.process.research":{"table":1,"row":12,"col":5,"text":"0","origin":"text"},"t3.denied.process.social":{"table":1,"row":12,"col":6,"text":"0","origin":"text"},"t3.denied.process.total":{"table":1,"row":12,"col":9,"text":"0","origin":"text"},"t3.denied.prohibited.commercial":{"table":1,"row":8,"col":4,"text":"0","origin":"text"},"t3.denied.prohibited.legal":{"table":1,"row":8,"col":7,"text":"0","origin":"text"},"t3.denied.prohibited.natural":{"table":1,"row":8,"col":3,"text":"0","origin":"text"},"t3.denied.prohibited.other_org":{"table":1,"row":8,"col":8,"text":"0","origin":"text"},"t3.denied.prohibited.research":{"table":1,"row":8,"col":5,"text":"0","origin":"text"},"t3.denied.prohibited.social":{"table":1,"row":8,"col":6,"text":"0","origin":"text"},"t3.denied.prohibited.total":{"table":1,"row":8,"col":9,"text":"0","origin":"text"},"t3.denied.security.commercial":{"table":1,"row":9,"col":4,"text":"0","origin":"text"},"t3.denied.security.legal":{"table":1,"row":9,"col":7,"text":"0","origin":"text"},"t3.denied.security.natural":{"table":1,"row":9,"col":3,"text":"0","origin":"text"},"t3.denied.security.other_org":{"table":1,"row":9,"col":8,"text":"0","origin":"text"},"t3.denied.security.research":{"table":1,"row":9,"col":5,"text":"0","origin":"text"},"t3.denied.security.social":{"table":1,"row":9,"col":6,"text":"0","origin":"text"},"t3.denied.security.total":{"table":1,"row":9,"col":9,"text":"0","origin":"text"},"t3.denied.state_secret.commercial":{"table":1,"row":7,"col":4,"text":"0","origin":"text"},"t3.denied.state_secret.legal":{"table":1,"row":7,"col":7,"text":"0","origin":"text"},"t3.denied.state_secret.natural":{"table":1,"row":7,"col":3,"text":"0","origin":"text"},"t3.denied.state_secret.other_org":{"table":1,"row":7,"col":8,"text":"0","origin":"text"},"t3.denied.state_secret.research":{"table":1,"row":7,"col":5,"text":"0","origin":"text"},"t3.denied.state_secret.social":{"table":1,"row":7,"col":6,"text":"0","origin":"text"},"t3.denied.state_secret.total":{"table":1,"row":7,"col":9,"text":"0","origin":"text"},"t3.denied.third_party.commercial":{"table":1,"row":10,"col":4,"text":"0","origin":"text"},"t3.denied.third_party.legal":{"table":1,"row":10,"col":7,"text":"0","origin":"text"},"t3.denied.third_party.natural":{"table":1,"row":10,"col":3,"text":"0","origin":"text"},"t3.denied.third_party.other_org":{"table":1,"row":10,"col":8,"text":"0","origin":"text"},"t3.denied.third_party.research":{"table":1,"row":10,"col":5,"text":"0","origin":"text"},"t3.denied.third_party.social":{"table":1,"row":10,"col":6,"text":"0","origin":"text"},"t3.denied.third_party.total":{"table":1,"row":10,"col":9,"text":"0","origin":"text"},"t3.granted.commercial":{"table":1,"row":5,"col":4,"text":"1","origin":"text"},"t3.granted.legal":{"table":1,"row":5,"col":7,"text":"0","origin":"text"},"t3.granted.natural":{"table":1,"row":5,"col":3,"text":"2","origin":"text"},"t3.granted.other_org":{"table":1,"row":5,"col":8,"text":"0","origin":"text"},"t3.granted.research":{"table":1,"row":5,"col":5,"text":"1","origin":"text"},"t3.granted.social":{"table":1,"row":5,"col":6,"text":"0","origin":"text"},"t3.granted.total":{"table":1,"row":5,"col":9,"text":"4","origin":"text"},"t3.new.commercial":{"table":1,"row":3,"col":4,"text":"2","origin":"text"},"t3.new.legal":{"table":1,"row":3,"col":7,"text":"2","origin":"text"},"t3.new.natural":{"table":1,"row":3,"col":3,"text":"6","origin":"text"},"t3.new.other_org":{"table":1,"row":3,"col":8,"text":"0","origin":"text"},"t3.new.research":{"table":1,"row":3,"col":5,"text":"1","origin":"text"},"t3.new.social":{"table":1,"row":3,"col":6,"text":"0","origin":"text"},"t3.new.total":{"table":1,"row":3,"col":9,"text":"11","origin":"text"},"t3.other.no_correction.commercial":{"table":1,"row":23,"col":4,"text":"0","origin":"text"},"t3.other.no_correction.legal":{"table":1,"row":23,"col":7,"text":"0","origin":"text"},"t3.other.no_correction.natural":{"table":1,"row":23,"col":3,"text":"0","origin":"text"},"t3.other.no_correction.other_org":{"table":1,"row":23,"col":8,"text":"0","origin":"text"},"t3.other.no_correction.research":{"table":1,"row":23,"col":5,"text":"0","origin":"text"},"t3.other.no_correction.social":{"table":1,"row":23,"col":6,"text":"0","origin":"text"},"t3.other.no_correction.total":{"table":1,"row":23,"col":9,"text":"0","origin":"text"},"t3.other.no_fee.commercial":{"table":1,"row":24,"col":4,"text":"0","origin":"text"},"t3.other.no_fee.legal":{"table":1,"row":24,"col":7,"text":"0","origin":"text"},"t3.other.no_fee.natural":{"table":1,"row":24,"col":3,"text":"0","origin":"text"},"t3.other.no_fee.other_org":{"table":1,"row":24,"col":8,"text":"0","origin":"text"},"t3.other.no_fee.research":{"table":1,"row":24,"col":5,"text":"0","origin":"text"},"t3.other.no_fee.social":{"table":1,"row":24,"col":6,"text":"0","origin":"text"},"t3.other.no_fee.total":{"table":1,"row":24,"col":9,"text":"0","origin":"text"},"t3.other.other.commercial":{"table":1,"row":25,"col":4,"text":"0","origin":"text"},"t3.other.other.legal":{"table":1,"row":25,"col":7,"text":"0","origin":"text"},"t3.other.other.natural":{"table":1,"row":25,"col":3,"text":"0","origin":"text"},"t3.other.other.other_org":{"table":1,"row":25,"col":8,"text":"0","origin":"text"},"t3.other.other.research":{"table":1,"row":25,"col":5,"text":"0","origin":"text"},"t3.other.other.social":{"table":1,"row":25,"col":6,"text":"0","origin":"text"},"t3.other.other.total":{"table":1,"row":25,"col":9,"text":"0","origin":"text"},"t3.partial.commercial":{"table":1,"row":6,"col":4,"text":"0","origin":"text"},"t3.partial.legal":{"table":1,"row":6,"col":7,"text":"1","origin":"text"},"t3.partial.natural":{"table":1,"row":6,"col":3,"text":"1","origin":"text"},"t3.partial.other_org":{"table":1,"row":6,"col":8,"text":"0","origin":"text"},"t3.partial.research":{"table":1,"row":6,"col":5,"text":"0","origin":"text"},"t3.partial.social":{"table":1,"row":6,"col":6,"text":"0","origin":"text"},"t3.partial.total":{"table":1,"row":6,"col":9,"text":"2","origin":"text"},"t3.total.commercial":{"table":1,"row":26,"col":4,"text":"2","origin":"text"},"t3.total.legal":{"table":1,"row":26,"col":7,"text":"2","origin":"text"},"t3.total.natural":{"table":1,"row":26,"col":3,"text":"7","origin":"text"},"t3.total.other_org":{"table":1,"row":26,"col":8,"text":"0","origin":"text"},"t3.total.research":{"table":1,"row":26,"col":5,"text":"1","origin":"text"},"t3.total.social":{"table":1,"row":26,"col":6,"text":"0","origin":"text"},"t3.total.total":{"table":1,"row":26,"col":9,"text":"12","origin":"text"},"t3.unavailable.needs_creation.commercial":{"table":1,"row":16,"col":4,"text":"0","origin":"text"},"t3.unavailable.needs_creation.legal":{"table":1,"row":16,"col":7,"text":"0","origin":"text"},"t3.unavailable.needs_creation.natural":{"table":1,"row":16,"col":3,"text":"1","origin":"text"},"t3.unavailable.needs_creation.other_org":{"table":1,"row":16,"col":8,"text":"0","origin":"text"},"t3.unavailable.needs_creation.research":{"table":1,"row":16,"col":5,"text":"0","origin":"text"},"t3.unavailable.needs_creation.social":{"table":1,"row":16,"col":6,"text":"0","origin":"text"},"t3.unavailable.needs_creation.total":{"table":1,"row":16,"col":9,"text":"1","origin":"text"},"t3.unavailable.not_held.commercial":{"table":1,"row":15,"col":4,"text":"1","origin":"text"},"t3.unavailable.not_held.legal":{"table":1,"row":15,"col":7,"text":"1","origin":"text"},"t3.unavailable.not_held.natural":{"table":1,"row":15,"col":3,"text":"2","origin":"text"},"t3.unavailable.not_held.other_org":{"table":1,"row":15,"col":8,"text":"0","origin":"text"},"t3.unavailable.not_held.research":{"table":1,"row":15,"col":5,"text":"0","origin":"text"},"t3.unavailable.not_held.social":{"table":1,"row":15,"col":6,"text":"0","origin":"text"},"t3.unavailable.not_held.total":{"table":1,"row":15,"col":9,"text":"4","origin":"text"},"t3.unavailable.unclear.commercial":{"table":1,"row":17,"col":4,"text":"0","origin":"text"},"t3.unavailable.unclear.legal":{"table":1,"row":17,"col":7,"text":"0","origin":"text"},"t3.unavailable.unclear.natural":{"table":1,"row":17,"col":3,"text":"0","origin":"text"},"t3.unavailable.unclear.other_org":{"table":1,"row":17,"col":8,"text":"0","origin":"text"},"t3.unavailable.unclear.research":{"table":1,"row":17,"col":5,"text":"0","origin":"text"},"t3.unavailable.unclear.social":{"table":1,"row":17,"col":6,"text":"0","origin":"text"},"t3.unavailable.unclear.total":{"table":1,"row":17,"col":9,"text":"0","origin":"text"},"t3.unprocessed.confirmation.commercial":{"table":1,"row":22,"col":4,"text":"0","origin":"text"},"t3.unprocessed.confirmation.legal":{"table":1,"row":22,"col":7,"text":"0","origin":"text"},"t3.unprocessed.confirmation.natural":{"table":1,"row":22,"col":3,"text":"0","origin":"text"},"t3.unprocessed.confirmation.other_org":{"table":1,"row":22,"col":8,"text":"0","origin":"text"},"t3.unprocessed.confirmation.research":{"table":1,"row":22,"col":5,"text":"0","origin":"text"},"t3.unprocessed.confirmation.social":{"table":1,"row":22,"col":6,"text":"0","origin":"text"},"t3.unprocessed.confirmation.total":{"table":1,"row":22,"col":9,"text":"0","origin":"text"},"t3.unprocessed.duplicate.commercial":{"table":1,"row":19,"col":4,"text":"0","origin":"text"},"t3.unprocessed.duplicate.legal":{"table":1,"row":19,"col":7,"text":"0","origin":"text"},"t3.unprocessed.duplicate.natural":{"table":1,"row":19,"col":3,"text":"0","origin":"text"},"t3.unprocessed.duplicate.other_org":{"table":1,"row":19,"col":8,"text":"0","origin":"text"},"t3.unprocessed.duplicate.research":{"table":1,"row":19,"col":5,"text":"0","origin":"text"},"t3.unprocessed.duplicate.social":{"table":1,"row":19,"col":6,"text":"0","origin":"text"},"t3.unprocessed.duplicate.total":{"table":1,"row":19,"col":9,"text":"0","origin":"text"},"t3.unprocessed.excessive.commercial":{"table":1,"row":21,"col":4,"text":"0","origin":"text"},"t3.unprocessed.excessive.legal":{"table":1,"row":21,"col":7,"text":"0","origin":"text"},"t3.unprocessed.excessive.natural":{"table":1,"row":21,"col":3,"text":"0","origin":"text"},"t3.unprocessed.excessive.other_org":{"table":1,"row":21,"col":8,"text":"0","origin":"text"},"t3.unprocessed.excessive.research":{"table":1,"row":21,"col":5,"text":"0","origin":"text"},"t3.unprocessed.excessive.social":{"table":1,"row":21,"col":6,"text":"0","origin":"text"},"t3.unprocessed.excessive.total":{"table":1,"row":21,"col":9,"text":"0","origin":"text"},"t3.unprocessed.petition.commercial":{"table":1,"row":18,"col":4,"text":"0","origin":"text"},"t3.unprocessed.petition.legal":{"table":1,"row":18,"col":7,"text":"0","origin":"text"},"t3.unprocessed.petition.natural":{"table":1,"row":18,"col":3,"text":"0","origin":"text"},"t3.unprocessed.petition.other_org":{"table":1,"row":18,"col":8,"text":"0","origin":"text"},"t3.unprocessed.petition.research":{"table":1,"row":18,"col":5,"text":"0","origin":"text"},"t3.unprocessed.petition.social":{"table":1,"row":18,"col":6,"text":"0","origin":"text"},"t3.unprocessed.petition.total":{"table":1,"row":18,"col":9,"text":"0","origin":"text"},"t3.unprocessed.publication.commercial":{"table":1,"row":20,"col":4,"text":"0","origin":"text"},"t3.unprocessed.publication.legal":{"table":1,"row":20,"col":7,"text":"0","origin":"text"},"t3.unprocessed.publication.natural":{"table":1,"row":20,"col":3,"text":"0","origin":"text"},"t3.unprocessed.publication.other_org":{"table":1,"row":20,"col":8,"text":"0","origin":"text"},"t3.unprocessed.publication.research":{"table":1,"row":20,"col":5,"text":"0","origin":"text"},"t3.unprocessed.publication.social":{"table":1,"row":20,"col":6,"text":"0","origin":"text"},"t3.unprocessed.publication.total":{"table":1,"row":20,"col":9,"text":"0","origin":"text"},"t4.review.corrected":{"table":2,"row":3,"col":1,"text":"0","origin":"text"},"t4.review.other":{"table":2,"row":3,"col":2,"text":"0","origin":"text"},"t4.review.pending":{"table":2,"row":3,"col":3,"text":"0","origin":"text"},"t4.review.total":{"table":2,"row":3,"col":4,"text":"0","origin":"text"},"t4.review.upheld":{"table":2,"row":3,"col":0,"text":"0","origin":"text"},"t4.suit_after_review.corrected":{"table":2,"row":3,"col":11,"text":"0","origin":"text"},"t4.suit_after_review.other":{"table":2,"row":3,"col":12,"text":"0","origin":"text"},"t4.suit_after_review.pending":{"table":2,"row":3,"col":13,"text":"0","origin":"text"},"t4.suit_after_review.total":{"table":2,"row":3,"col":14,"text":"1","origin":"text"},"t4.suit_after_review.upheld":{"table":2,"row":3,"col":10,"text":"1","origin":"text"},"t4.suit_direct.corrected":{"table":2,"row":3,"col":6,"text":"0","origin":"text"},"t4.suit_direct.other":{"table":2,"row":3,"col":7,"text":"0","origin":"text"},"t4.suit_direct.pending":{"table":2,"row":3,"col":8,"text":"0","origin":"text"},"t4.suit_direct.total":{"table":2,"row":3,"col":9,"text":"1","origin":"text"},"t4.suit_direct.upheld":{"table":2,"row":3,"col":5,"text":"1","origin":"text"}},"warnings":[{"severity":"warning","code":"region.unplaced","message":"agency 白石市芦洲区石门街道办事处 not placed on the map: 白石市 is not a division in the statistics bureau''s list"}],"status":"complete","missing":[],"level":"township","agency_kind":"government"}','2026-12-02T14:31:35Z',9);
CREATE TABLE cell_values (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  value REAL,
  provenance TEXT,
  PRIMARY KEY (document_id, key)
) WITHOUT ROWID;
INSERT INTO cell_values VALUES(2,201,'s6.fee_billed',170.0,'{"text":"总金额170元","origin":"text"}');
INSERT INTO cell_values VALUES(2,202,'s6.fee_collected',170.0,'{"text":"实际收取的总金额170元","origin":"text"}');
INSERT INTO cell_values VALUES(2,200,'s6.fee_notices',2.0,'{"text":"收费通知的件数2件","origin":"text"}');
INSERT INTO cell_values VALUES(2,8,'t2.coercion.decisions',5.0,'{"table":0,"row":10,"col":3,"text":"5","origin":"text"}');
INSERT INTO cell_values VALUES(2,9,'t2.fees.amount',109.04000000000000625,'{"table":0,"row":13,"col":3,"text":"109.04","origin":"text"}');
INSERT INTO cell_values VALUES(2,6,'t2.licensing.decisions',297.0,'{"table":0,"row":6,"col":3,"text":"297","origin":"text"}');
INSERT INTO cell_values VALUES(2,5,'t2.normative.in_force',73.0,'{"table":0,"row":3,"col":3,"text":"73","origin":"text"}');
INSERT INTO cell_values VALUES(2,3,'t2.normative.issued',8.0,'{"table":0,"row":3,"col":1,"text":"8","origin":"text"}');
INSERT INTO cell_values VALUES(2,4,'t2.normative.repealed',3.0,'{"table":0,"row":3,"col":2,"text":"3","origin":"text"}');
INSERT INTO cell_values VALUES(2,7,'t2.penalty.decisions',43.0,'{"table":0,"row":9,"col":3,"text":"43","origin":"text"}');
INSERT INTO cell_values VALUES(2,2,'t2.rules.in_force',0.0,'{"table":0,"row":2,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,0,'t2.rules.issued',0.0,'{"table":0,"row":2,"col":1,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,1,'t2.rules.repealed',0.0,'{"table":0,"row":2,"col":2,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,18,'t3.carried_in.commercial',0.0,'{"table":1,"row":4,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,21,'t3.carried_in.legal',0.0,'{"table":1,"row":4,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,17,'t3.carried_in.natural',1.0,'{"table":1,"row":4,"col":3,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,22,'t3.carried_in.other_org',0.0,'{"table":1,"row":4,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,19,'t3.carried_in.research',0.0,'{"table":1,"row":4,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,20,'t3.carried_in.social',0.0,'{"table":1,"row":4,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,23,'t3.carried_in.total',1.0,'{"table":1,"row":4,"col":9,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,179,'t3.carried_out.commercial',0.0,'{"table":1,"row":27,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,182,'t3.carried_out.legal',0.0,'{"table":1,"row":27,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,178,'t3.carried_out.natural',0.0,'{"table":1,"row":27,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,183,'t3.carried_out.other_org',0.0,'{"table":1,"row":27,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,180,'t3.carried_out.research',0.0,'{"table":1,"row":27,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,181,'t3.carried_out.social',0.0,'{"table":1,"row":27,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,184,'t3.carried_out.total',0.0,'{"table":1,"row":27,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,81,'t3.denied.case_file.commercial',0.0,'{"table":1,"row":13,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,84,'t3.denied.case_file.legal',0.0,'{"table":1,"row":13,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,80,'t3.denied.case_file.natural',0.0,'{"table":1,"row":13,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,85,'t3.denied.case_file.other_org',0.0,'{"table":1,"row":13,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,82,'t3.denied.case_file.research',0.0,'{"table":1,"row":13,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,83,'t3.denied.case_file.social',0.0,'{"table":1,"row":13,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,86,'t3.denied.case_file.total',0.0,'{"table":1,"row":13,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,88,'t3.denied.inquiry.commercial',0.0,'{"table":1,"row":14,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,91,'t3.denied.inquiry.legal',0.0,'{"table":1,"row":14,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,87,'t3.denied.inquiry.natural',0.0,'{"table":1,"row":14,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,92,'t3.denied.inquiry.other_org',0.0,'{"table":1,"row":14,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,89,'t3.denied.inquiry.research',0.0,'{"table":1,"row":14,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,90,'t3.denied.inquiry.social',0.0,'{"table":1,"row":14,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,93,'t3.denied.inquiry.total',0.0,'{"table":1,"row":14,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,67,'t3.denied.internal.commercial',0.0,'{"table":1,"row":11,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,70,'t3.denied.internal.legal',0.0,'{"table":1,"row":11,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,66,'t3.denied.internal.natural',1.0,'{"table":1,"row":11,"col":3,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,71,'t3.denied.internal.other_org',0.0,'{"table":1,"row":11,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,68,'t3.denied.internal.research',0.0,'{"table":1,"row":11,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,69,'t3.denied.internal.social',0.0,'{"table":1,"row":11,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,72,'t3.denied.internal.total',1.0,'{"table":1,"row":11,"col":9,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,74,'t3.denied.process.commercial',0.0,'{"table":1,"row":12,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,77,'t3.denied.process.legal',0.0,'{"table":1,"row":12,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,73,'t3.denied.process.natural',0.0,'{"table":1,"row":12,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,78,'t3.denied.process.other_org',0.0,'{"table":1,"row":12,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,75,'t3.denied.process.research',0.0,'{"table":1,"row":12,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,76,'t3.denied.process.social',0.0,'{"table":1,"row":12,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,79,'t3.denied.process.total',0.0,'{"table":1,"row":12,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,46,'t3.denied.prohibited.commercial',0.0,'{"table":1,"row":8,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,49,'t3.denied.prohibited.legal',0.0,'{"table":1,"row":8,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,45,'t3.denied.prohibited.natural',0.0,'{"table":1,"row":8,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,50,'t3.denied.prohibited.other_org',0.0,'{"table":1,"row":8,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,47,'t3.denied.prohibited.research',0.0,'{"table":1,"row":8,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,48,'t3.denied.prohibited.social',0.0,'{"table":1,"row":8,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,51,'t3.denied.prohibited.total',0.0,'{"table":1,"row":8,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,53,'t3.denied.security.commercial',0.0,'{"table":1,"row":9,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,56,'t3.denied.security.legal',0.0,'{"table":1,"row":9,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,52,'t3.denied.security.natural',0.0,'{"table":1,"row":9,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,57,'t3.denied.security.other_org',0.0,'{"table":1,"row":9,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,54,'t3.denied.security.research',0.0,'{"table":1,"row":9,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,55,'t3.denied.security.social',0.0,'{"table":1,"row":9,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,58,'t3.denied.security.total',0.0,'{"table":1,"row":9,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,39,'t3.denied.state_secret.commercial',0.0,'{"table":1,"row":7,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,42,'t3.denied.state_secret.legal',0.0,'{"table":1,"row":7,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,38,'t3.denied.state_secret.natural',0.0,'{"table":1,"row":7,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,43,'t3.denied.state_secret.other_org',0.0,'{"table":1,"row":7,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,40,'t3.denied.state_secret.research',0.0,'{"table":1,"row":7,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,41,'t3.denied.state_secret.social',0.0,'{"table":1,"row":7,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,44,'t3.denied.state_secret.total',0.0,'{"table":1,"row":7,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,60,'t3.denied.third_party.commercial',0.0,'{"table":1,"row":10,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,63,'t3.denied.third_party.legal',0.0,'{"table":1,"row":10,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,59,'t3.denied.third_party.natural',0.0,'{"table":1,"row":10,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,64,'t3.denied.third_party.other_org',0.0,'{"table":1,"row":10,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,61,'t3.denied.third_party.research',0.0,'{"table":1,"row":10,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,62,'t3.denied.third_party.social',0.0,'{"table":1,"row":10,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,65,'t3.denied.third_party.total',0.0,'{"table":1,"row":10,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,25,'t3.granted.commercial',1.0,'{"table":1,"row":5,"col":4,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,28,'t3.granted.legal',0.0,'{"table":1,"row":5,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,24,'t3.granted.natural',2.0,'{"table":1,"row":5,"col":3,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,29,'t3.granted.other_org',0.0,'{"table":1,"row":5,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,26,'t3.granted.research',1.0,'{"table":1,"row":5,"col":5,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,27,'t3.granted.social',0.0,'{"table":1,"row":5,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,30,'t3.granted.total',4.0,'{"table":1,"row":5,"col":9,"text":"4","origin":"text"}');
INSERT INTO cell_values VALUES(2,11,'t3.new.commercial',2.0,'{"table":1,"row":3,"col":4,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,14,'t3.new.legal',2.0,'{"table":1,"row":3,"col":7,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,10,'t3.new.natural',6.0,'{"table":1,"row":3,"col":3,"text":"6","origin":"text"}');
INSERT INTO cell_values VALUES(2,15,'t3.new.other_org',0.0,'{"table":1,"row":3,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,12,'t3.new.research',1.0,'{"table":1,"row":3,"col":5,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,13,'t3.new.social',0.0,'{"table":1,"row":3,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,16,'t3.new.total',11.0,'{"table":1,"row":3,"col":9,"text":"11","origin":"text"}');
INSERT INTO cell_values VALUES(2,151,'t3.other.no_correction.commercial',0.0,'{"table":1,"row":23,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,154,'t3.other.no_correction.legal',0.0,'{"table":1,"row":23,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,150,'t3.other.no_correction.natural',0.0,'{"table":1,"row":23,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,155,'t3.other.no_correction.other_org',0.0,'{"table":1,"row":23,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,152,'t3.other.no_correction.research',0.0,'{"table":1,"row":23,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,153,'t3.other.no_correction.social',0.0,'{"table":1,"row":23,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,156,'t3.other.no_correction.total',0.0,'{"table":1,"row":23,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,158,'t3.other.no_fee.commercial',0.0,'{"table":1,"row":24,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,161,'t3.other.no_fee.legal',0.0,'{"table":1,"row":24,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,157,'t3.other.no_fee.natural',0.0,'{"table":1,"row":24,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,162,'t3.other.no_fee.other_org',0.0,'{"table":1,"row":24,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,159,'t3.other.no_fee.research',0.0,'{"table":1,"row":24,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,160,'t3.other.no_fee.social',0.0,'{"table":1,"row":24,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,163,'t3.other.no_fee.total',0.0,'{"table":1,"row":24,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,165,'t3.other.other.commercial',0.0,'{"table":1,"row":25,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,168,'t3.other.other.legal',0.0,'{"table":1,"row":25,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,164,'t3.other.other.natural',0.0,'{"table":1,"row":25,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,169,'t3.other.other.other_org',0.0,'{"table":1,"row":25,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,166,'t3.other.other.research',0.0,'{"table":1,"row":25,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,167,'t3.other.other.social',0.0,'{"table":1,"row":25,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,170,'t3.other.other.total',0.0,'{"table":1,"row":25,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,32,'t3.partial.commercial',0.0,'{"table":1,"row":6,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,35,'t3.partial.legal',1.0,'{"table":1,"row":6,"col":7,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,31,'t3.partial.natural',1.0,'{"table":1,"row":6,"col":3,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,36,'t3.partial.other_org',0.0,'{"table":1,"row":6,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,33,'t3.partial.research',0.0,'{"table":1,"row":6,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,34,'t3.partial.social',0.0,'{"table":1,"row":6,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,37,'t3.partial.total',2.0,'{"table":1,"row":6,"col":9,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,172,'t3.total.commercial',2.0,'{"table":1,"row":26,"col":4,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,175,'t3.total.legal',2.0,'{"table":1,"row":26,"col":7,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,171,'t3.total.natural',7.0,'{"table":1,"row":26,"col":3,"text":"7","origin":"text"}');
INSERT INTO cell_values VALUES(2,176,'t3.total.other_org',0.0,'{"table":1,"row":26,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,173,'t3.total.research',1.0,'{"table":1,"row":26,"col":5,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,174,'t3.total.social',0.0,'{"table":1,"row":26,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,177,'t3.total.total',12.0,'{"table":1,"row":26,"col":9,"text":"12","origin":"text"}');
INSERT INTO cell_values VALUES(2,102,'t3.unavailable.needs_creation.commercial',0.0,'{"table":1,"row":16,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,105,'t3.unavailable.needs_creation.legal',0.0,'{"table":1,"row":16,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,101,'t3.unavailable.needs_creation.natural',1.0,'{"table":1,"row":16,"col":3,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,106,'t3.unavailable.needs_creation.other_org',0.0,'{"table":1,"row":16,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,103,'t3.unavailable.needs_creation.research',0.0,'{"table":1,"row":16,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,104,'t3.unavailable.needs_creation.social',0.0,'{"table":1,"row":16,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,107,'t3.unavailable.needs_creation.total',1.0,'{"table":1,"row":16,"col":9,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,95,'t3.unavailable.not_held.commercial',1.0,'{"table":1,"row":15,"col":4,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,98,'t3.unavailable.not_held.legal',1.0,'{"table":1,"row":15,"col":7,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,94,'t3.unavailable.not_held.natural',2.0,'{"table":1,"row":15,"col":3,"text":"2","origin":"text"}');
INSERT INTO cell_values VALUES(2,99,'t3.unavailable.not_held.other_org',0.0,'{"table":1,"row":15,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,96,'t3.unavailable.not_held.research',0.0,'{"table":1,"row":15,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,97,'t3.unavailable.not_held.social',0.0,'{"table":1,"row":15,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,100,'t3.unavailable.not_held.total',4.0,'{"table":1,"row":15,"col":9,"text":"4","origin":"text"}');
INSERT INTO cell_values VALUES(2,109,'t3.unavailable.unclear.commercial',0.0,'{"table":1,"row":17,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,112,'t3.unavailable.unclear.legal',0.0,'{"table":1,"row":17,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,108,'t3.unavailable.unclear.natural',0.0,'{"table":1,"row":17,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,113,'t3.unavailable.unclear.other_org',0.0,'{"table":1,"row":17,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,110,'t3.unavailable.unclear.research',0.0,'{"table":1,"row":17,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,111,'t3.unavailable.unclear.social',0.0,'{"table":1,"row":17,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,114,'t3.unavailable.unclear.total',0.0,'{"table":1,"row":17,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,144,'t3.unprocessed.confirmation.commercial',0.0,'{"table":1,"row":22,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,147,'t3.unprocessed.confirmation.legal',0.0,'{"table":1,"row":22,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,143,'t3.unprocessed.confirmation.natural',0.0,'{"table":1,"row":22,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,148,'t3.unprocessed.confirmation.other_org',0.0,'{"table":1,"row":22,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,145,'t3.unprocessed.confirmation.research',0.0,'{"table":1,"row":22,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,146,'t3.unprocessed.confirmation.social',0.0,'{"table":1,"row":22,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,149,'t3.unprocessed.confirmation.total',0.0,'{"table":1,"row":22,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,123,'t3.unprocessed.duplicate.commercial',0.0,'{"table":1,"row":19,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,126,'t3.unprocessed.duplicate.legal',0.0,'{"table":1,"row":19,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,122,'t3.unprocessed.duplicate.natural',0.0,'{"table":1,"row":19,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,127,'t3.unprocessed.duplicate.other_org',0.0,'{"table":1,"row":19,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,124,'t3.unprocessed.duplicate.research',0.0,'{"table":1,"row":19,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,125,'t3.unprocessed.duplicate.social',0.0,'{"table":1,"row":19,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,128,'t3.unprocessed.duplicate.total',0.0,'{"table":1,"row":19,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,137,'t3.unprocessed.excessive.commercial',0.0,'{"table":1,"row":21,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,140,'t3.unprocessed.excessive.legal',0.0,'{"table":1,"row":21,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,136,'t3.unprocessed.excessive.natural',0.0,'{"table":1,"row":21,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,141,'t3.unprocessed.excessive.other_org',0.0,'{"table":1,"row":21,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,138,'t3.unprocessed.excessive.research',0.0,'{"table":1,"row":21,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,139,'t3.unprocessed.excessive.social',0.0,'{"table":1,"row":21,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,142,'t3.unprocessed.excessive.total',0.0,'{"table":1,"row":21,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,116,'t3.unprocessed.petition.commercial',0.0,'{"table":1,"row":18,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,119,'t3.unprocessed.petition.legal',0.0,'{"table":1,"row":18,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,115,'t3.unprocessed.petition.natural',0.0,'{"table":1,"row":18,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,120,'t3.unprocessed.petition.other_org',0.0,'{"table":1,"row":18,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,117,'t3.unprocessed.petition.research',0.0,'{"table":1,"row":18,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,118,'t3.unprocessed.petition.social',0.0,'{"table":1,"row":18,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,121,'t3.unprocessed.petition.total',0.0,'{"table":1,"row":18,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,130,'t3.unprocessed.publication.commercial',0.0,'{"table":1,"row":20,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,133,'t3.unprocessed.publication.legal',0.0,'{"table":1,"row":20,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,129,'t3.unprocessed.publication.natural',0.0,'{"table":1,"row":20,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,134,'t3.unprocessed.publication.other_org',0.0,'{"table":1,"row":20,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,131,'t3.unprocessed.publication.research',0.0,'{"table":1,"row":20,"col":5,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,132,'t3.unprocessed.publication.social',0.0,'{"table":1,"row":20,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,135,'t3.unprocessed.publication.total',0.0,'{"table":1,"row":20,"col":9,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,186,'t4.review.corrected',0.0,'{"table":2,"row":3,"col":1,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,187,'t4.review.other',0.0,'{"table":2,"row":3,"col":2,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,188,'t4.review.pending',0.0,'{"table":2,"row":3,"col":3,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,189,'t4.review.total',0.0,'{"table":2,"row":3,"col":4,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,185,'t4.review.upheld',0.0,'{"table":2,"row":3,"col":0,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,196,'t4.suit_after_review.corrected',0.0,'{"table":2,"row":3,"col":11,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,197,'t4.suit_after_review.other',0.0,'{"table":2,"row":3,"col":12,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,198,'t4.suit_after_review.pending',0.0,'{"table":2,"row":3,"col":13,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,199,'t4.suit_after_review.total',1.0,'{"table":2,"row":3,"col":14,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,195,'t4.suit_after_review.upheld',1.0,'{"table":2,"row":3,"col":10,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,191,'t4.suit_direct.corrected',0.0,'{"table":2,"row":3,"col":6,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,192,'t4.suit_direct.other',0.0,'{"table":2,"row":3,"col":7,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,193,'t4.suit_direct.pending',0.0,'{"table":2,"row":3,"col":8,"text":"0","origin":"text"}');
INSERT INTO cell_values VALUES(2,194,'t4.suit_direct.total',1.0,'{"table":2,"row":3,"col":9,"text":"1","origin":"text"}');
INSERT INTO cell_values VALUES(2,190,'t4.suit_direct.upheld',1.0,'{"table":2,"row":3,"col":5,"text":"1","origin":"text"}');
CREATE TABLE checks (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  ok INTEGER NOT NULL,
  lhs REAL,
  rhs REAL,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
INSERT INTO checks VALUES(2,0,'t3.balance.natural',1,7.0,7.0);
INSERT INTO checks VALUES(2,1,'t3.balance.commercial',1,2.0,2.0);
INSERT INTO checks VALUES(2,2,'t3.balance.research',1,1.0,1.0);
INSERT INTO checks VALUES(2,3,'t3.balance.social',1,0.0,0.0);
INSERT INTO checks VALUES(2,4,'t3.balance.legal',1,2.0,2.0);
INSERT INTO checks VALUES(2,5,'t3.balance.other_org',1,0.0,0.0);
INSERT INTO checks VALUES(2,6,'t3.balance.total',1,12.0,12.0);
INSERT INTO checks VALUES(2,7,'t3.results.natural',1,7.0,7.0);
INSERT INTO checks VALUES(2,8,'t3.results.commercial',1,2.0,2.0);
INSERT INTO checks VALUES(2,9,'t3.results.research',1,1.0,1.0);
INSERT INTO checks VALUES(2,10,'t3.results.social',1,0.0,0.0);
INSERT INTO checks VALUES(2,11,'t3.results.legal',1,2.0,2.0);
INSERT INTO checks VALUES(2,12,'t3.results.other_org',1,0.0,0.0);
INSERT INTO checks VALUES(2,13,'t3.results.total',1,12.0,12.0);
INSERT INTO checks VALUES(2,14,'t3.row.new',1,11.0,11.0);
INSERT INTO checks VALUES(2,15,'t3.row.carried_in',1,1.0,1.0);
INSERT INTO checks VALUES(2,16,'t3.row.granted',1,4.0,4.0);
INSERT INTO checks VALUES(2,17,'t3.row.partial',1,2.0,2.0);
INSERT INTO checks VALUES(2,18,'t3.row.denied.state_secret',1,0.0,0.0);
INSERT INTO checks VALUES(2,19,'t3.row.denied.prohibited',1,0.0,0.0);
INSERT INTO checks VALUES(2,20,'t3.row.denied.security',1,0.0,0.0);
INSERT INTO checks VALUES(2,21,'t3.row.denied.third_party',1,0.0,0.0);
INSERT INTO checks VALUES(2,22,'t3.row.denied.internal',1,1.0,1.0);
INSERT INTO checks VALUES(2,23,'t3.row.denied.process',1,0.0,0.0);
INSERT INTO checks VALUES(2,24,'t3.row.denied.case_file',1,0.0,0.0);
INSERT INTO checks VALUES(2,25,'t3.row.denied.inquiry',1,0.0,0.0);
INSERT INTO checks VALUES(2,26,'t3.row.unavailable.not_held',1,4.0,4.0);
INSERT INTO checks VALUES(2,27,'t3.row.unavailable.needs_creation',1,1.0,1.0);
INSERT INTO checks VALUES(2,28,'t3.row.unavailable.unclear',1,0.0,0.0);
INSERT INTO checks VALUES(2,29,'t3.row.unprocessed.petition',1,0.0,0.0);
INSERT INTO checks VALUES(2,30,'t3.row.unprocessed.duplicate',1,0.0,0.0);
INSERT INTO checks VALUES(2,31,'t3.row.unprocessed.publication',1,0.0,0.0);
INSERT INTO checks VALUES(2,32,'t3.row.unprocessed.excessive',1,0.0,0.0);
INSERT INTO checks VALUES(2,33,'t3.row.unprocessed.confirmation',1,0.0,0.0);
INSERT INTO checks VALUES(2,34,'t3.row.other.no_correction',1,0.0,0.0);
INSERT INTO checks VALUES(2,35,'t3.row.other.no_fee',1,0.0,0.0);
INSERT INTO checks VALUES(2,36,'t3.row.other.other',1,0.0,0.0);
INSERT INTO checks VALUES(2,37,'t3.row.total',1,12.0,12.0);
INSERT INTO checks VALUES(2,38,'t3.row.carried_out',1,0.0,0.0);
INSERT INTO checks VALUES(2,39,'t4.sum.review',1,0.0,0.0);
INSERT INTO checks VALUES(2,40,'t4.sum.suit_direct',1,1.0,1.0);
INSERT INTO checks VALUES(2,41,'t4.sum.suit_after_review',1,1.0,1.0);
CREATE TABLE warnings (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  severity TEXT,
  code TEXT,
  message TEXT,
  location TEXT,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
INSERT INTO warnings VALUES(2,0,'warning','region.unplaced','agency 白石市芦洲区石门街道办事处 not placed on the map: 白石市 is not a division in the statistics bureau''s list',NULL);
CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, key)
) WITHOUT ROWID;
INSERT INTO sections VALUES(2,'s1',replace('2024年，我街道坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，把政务公开作为转变作风、服务群众的抓手，围绕中心工作抓好石门街道各项信息的发布、解读和回应，政府工作透明度稳步提升。\n（一）主动公开\n全年通过门户网站、政务新媒体和公开栏主动公开政府信息146条，其中发布政策文件解读49篇，重点做好财政预决算、民生实事和惠企政策等信息的公开，做到应公开尽公开。\n（二）依申请公开\n2024年我街道共受理政府信息公开申请11件，均在法定期限内答复，答复文书格式统一、依据明确，未发生因答复不当被纠错的情况。\n（三）政府信息管理\n严格执行公开前保密审查制度，落实“先审查、后公开”和“一事一审”要求，全年开展信息公开自查9次，及时更正和撤回过时信息。\n（四）平台建设\n持续优化政府信息公开专栏，“石门街道发布”微信公众号全年推送信息664条，累计阅读4.7万人次，咨询电话0955-2432493工作日专人接听。\n（五）监督保障\n将政务公开纳入年度目标考核，明确分管领导和专职工作人员，组织业务培训4场，本年度未发生因政府信息公开工作被追究责任的情况。','\n',char(10)));
INSERT INTO sections VALUES(2,'s2','');
INSERT INTO sections VALUES(2,'s3','');
INSERT INTO sections VALUES(2,'s4','');
INSERT INTO sections VALUES(2,'s5',replace('回顾2024年，我街道在政府信息公开工作中还存在一些不足：一是部分栏目更新不够及时，信息发布的时效性有待提高；二是政策解读形式比较单一，图解和视频解读偏少；三是工作人员业务能力还需加强。\n下一步，我街道将细化栏目责任分工，建立更新提醒机制；丰富解读形式，提高解读的针对性和可读性；加强业务培训，提升依申请公开办理质量。','\n',char(10)));
INSERT INTO sections VALUES(2,'s6',replace('本单位依据《政府信息公开信息处理费管理办法》收取信息处理费，2024年发出收费通知的件数2件，总金额170元。实际收取的总金额170元。\n2024年度，我街道办理人大代表建议29件、政协委员提案13件，办理结果均按规定予以公开。\n对照上级年度政务公开工作要点，逐项抓好任务落实，全部按期完成。','\n',char(10)));
CREATE TABLE input_errors (
  path TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  arguments TEXT NOT NULL,
  summary TEXT
);
INSERT INTO runs VALUES(1,'2026-12-02T14:31:35Z','2026-12-02T14:31:35Z','{"inputs":["in"],"lists":[],"manifests":[],"jobs":1,"force":false,"time_limit_s":120,"memory_limit":2147483648}','{"inputs":2,"processed":2,"ok":0,"partial":1,"failed":1,"skipped_known":0,"skipped_shard":0,"input_errors":0,"seconds":0.021879176,"peak_worker_rss_kib":21144}');
CREATE TABLE document_sources (
  sha256 TEXT NOT NULL,
  path TEXT NOT NULL,
  url TEXT,
  fetched_at TEXT,
  PRIMARY KEY (sha256, path)
) WITHOUT ROWID;
INSERT INTO document_sources VALUES('65ec18cfb4de6dddfebb7b94c4071691b4f722ea96af6b2767ad39254d1a0b06','in/broken.pdf',NULL,NULL);
INSERT INTO document_sources VALUES('87dc689e99a37dc1a8d684b54bdbd4d9b75cb450bd69642cd143c56c828be9dd','in/street_2021_report.txt',NULL,NULL);
CREATE TABLE reports (
  agency TEXT NOT NULL,
  year INTEGER NOT NULL,
  region_code TEXT,
  level TEXT,
  agency_kind TEXT,
  sha256 TEXT,
  path TEXT,
  documents INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  versions INTEGER NOT NULL,
  flagged INTEGER NOT NULL,
  detail TEXT,
  PRIMARY KEY (agency, year)
);
INSERT INTO reports VALUES('白石市芦洲区石门街道办事处',2024,NULL,'township','government','87dc689e99a37dc1a8d684b54bdbd4d9b75cb450bd69642cd143c56c828be9dd','in/street_2021_report.txt',1,1,1,0,NULL);
CREATE INDEX documents_agency ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_path ON documents (path);
CREATE INDEX cell_values_key ON cell_values (key, value);
CREATE INDEX checks_rule ON checks (rule, ok);
CREATE INDEX warnings_code ON warnings (code);
CREATE INDEX document_sources_url ON document_sources (url);
CREATE INDEX document_sources_path ON document_sources (path);
CREATE VIEW report_values AS
  SELECT r.agency, r.year, r.region_code, v.key, v.value
  FROM reports r JOIN documents d ON d.sha256 = r.sha256 JOIN cell_values v ON v.document_id = d.id;
COMMIT;
PRAGMA user_version = 1;
