-- 0007 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
CREATE TABLE [SignUpRollups] (
    [Day] date NOT NULL,
    [Kind] nvarchar(20) NOT NULL,
    [Channel] nvarchar(40) NOT NULL,
    [Members] int NOT NULL,
    CONSTRAINT [PK_SignUpRollups] PRIMARY KEY ([Day], [Kind], [Channel])
);
GO
INSERT INTO [SignUpRollups] ([Day], [Kind], [Channel], [Members])
SELECT CAST(DATEADD(hour, 9, [SignedUpAtUtc]) AS date),
       CASE WHEN [EnterpriseId] IS NOT NULL THEN 'enterprise' WHEN [InstitutionId] IS NOT NULL THEN 'institution' ELSE 'consumer' END,
       [SignUpChannel], COUNT(*)
FROM [AspNetUsers]
GROUP BY CAST(DATEADD(hour, 9, [SignedUpAtUtc]) AS date),
         CASE WHEN [EnterpriseId] IS NOT NULL THEN 'enterprise' WHEN [InstitutionId] IS NOT NULL THEN 'institution' ELSE 'consumer' END,
         [SignUpChannel];
GO
