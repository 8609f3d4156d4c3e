-- 0009: an institution's address and contact, given when it applies.

ALTER TABLE "Institutions" ADD "Address" TEXT NULL;
ALTER TABLE "Institutions" ADD "ContactName" TEXT NULL;
ALTER TABLE "Institutions" ADD "ContactPhone" TEXT NULL;
