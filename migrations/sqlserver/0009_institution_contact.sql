-- 0009 for SQL Server: NOT verified against a server here (see README).
ALTER TABLE [Institutions] ADD [Address] nvarchar(200) NULL, [ContactName] nvarchar(60) NULL, [ContactPhone] nvarchar(20) NULL;
GO
