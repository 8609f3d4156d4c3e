-- 0007: sign-ups per Korean day, kind and channel, kept with every save of members; filled here
-- from the members already registered.

CREATE TABLE "SignUpRollups" (
    "Day" date NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Channel" character varying(40) NOT NULL,
    "Members" integer NOT NULL,
    CONSTRAINT "PK_SignUpRollups" PRIMARY KEY ("Day", "Kind", "Channel")
);

INSERT INTO "SignUpRollups" ("Day", "Kind", "Channel", "Members")
SELECT ("SignedUpAtUtc" AT TIME ZONE 'Asia/Seoul')::date,
       CASE WHEN "EnterpriseId" IS NOT NULL THEN 'enterprise' WHEN "InstitutionId" IS NOT NULL THEN 'institution' ELSE 'consumer' END,
       "SignUpChannel", COUNT(*)
FROM "AspNetUsers"
GROUP BY 1, 2, 3;
