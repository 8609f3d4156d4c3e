-- 0008 for SQL Server: NOT verified against a server here (see README).
ALTER TABLE [Enterprises] ADD [LogoUrl] nvarchar(200) NULL;
GO
