using System.Security.Cryptography;
using System.Text;

namespace Graph.Persistence.Migrations;

/// <summary>One numbered migration: the SQL that applies it and the SQL that undoes it.</summary>
public sealed record Migration(int Version, string Name, string Sql, string RollbackSql)
{
    public string FileName => $"{Version:D4}_{Name}.sql";

    public string RollbackFileName => $"{Version:D4}_{Name}.rollback.sql";

    /// <summary>SHA-256 of the SQL, hex. Line endings are normalised first so a checkout that turns
    /// LF into CRLF does not look like an edited migration.</summary>
    public string Checksum { get; } = ComputeChecksum(Sql);

    public static string ComputeChecksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
}
