-- 0008: an enterprise's storefront logo.

ALTER TABLE "Enterprises" ADD "LogoUrl" TEXT NULL;
