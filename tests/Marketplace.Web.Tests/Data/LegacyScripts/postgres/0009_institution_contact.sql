-- 0009: an institution's address and contact, given when it applies.

ALTER TABLE "Institutions" ADD "Address" character varying(200);
ALTER TABLE "Institutions" ADD "ContactName" character varying(60);
ALTER TABLE "Institutions" ADD "ContactPhone" character varying(20);
