-- 0007: sign-ups per Korean day, kind and channel, kept with every save of members; filled here
-- from the members already registered.

CREATE TABLE "SignUpRollups" (
    "Day" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Members" INTEGER NOT NULL,
    CONSTRAINT "PK_SignUpRollups" PRIMARY KEY ("Day", "Kind", "Channel")
);

INSERT INTO "SignUpRollups" ("Day", "Kind", "Channel", "Members")
SELECT date("SignedUpAtUtc", '+9 hours'),
       CASE WHEN "EnterpriseId" IS NOT NULL THEN 'enterprise' WHEN "InstitutionId" IS NOT NULL THEN 'institution' ELSE 'consumer' END,
       "SignUpChannel", COUNT(*)
FROM "AspNetUsers"
GROUP BY 1, 2, 3;
