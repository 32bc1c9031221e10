using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Graph.Persistence.Embedded;

/// <summary>The directory holding the machine's <c>initdb</c> and <c>pg_ctl</c>, and their major version.</summary>
public sealed partial record PostgresBinaries(string BinDirectory, int MajorVersion)
{
    public const int MinimumMajorVersion = 15;

    /// <summary>Where Debian and Ubuntu install one directory per major version.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public static PostgresBinaries Locate(string? configuredDirectory) =>
        Locate(configuredDirectory, Environment.GetEnvironmentVariable("PATH"), DebianRoot);

    /// <summary>Tries the configured directory, then PATH, then the highest version under
    /// <paramref name="debianRoot"/>, and takes the first one of version 15 or later.</summary>
    public static PostgresBinaries Locate(string? configuredDirectory, string? path, string debianRoot)
    {
        var tooOld = new List<string>();
        foreach (var directory in Candidates(configuredDirectory, path, debianRoot))
        {
            var version = ReadMajorVersion(Path.Combine(directory, "pg_ctl"));
            if (version >= MinimumMajorVersion)
                return new PostgresBinaries(directory, version.Value);
            tooOld.Add($"{directory} (version {version?.ToString() ?? "unknown"})");
        }

        var searched = string.IsNullOrWhiteSpace(configuredDirectory)
            ? "on PATH or in " + debianRoot + "/<version>/bin"
            : "in " + configuredDirectory + " (Database:Embedded:BinDirectory)";
        var found = tooOld.Count == 0
            ? $"No PostgreSQL binaries (initdb, pg_ctl) were found {searched}."
            : "Only unsuitable PostgreSQL binaries were found: " + string.Join(", ", tooOld) + ".";
        throw new EmbeddedPostgresException(
            found + $" Graph starts its own database from PostgreSQL {MinimumMajorVersion}+ binaries: install them " +
            "(Debian/Ubuntu: `apt-get install postgresql`), set Database:Embedded:BinDirectory to their directory, " +
            "or set ConnectionStrings:Graph to an existing database.");
    }

    private static IEnumerable<string> Candidates(string? configuredDirectory, string? path, string debianRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            if (HasTools(configuredDirectory))
                yield return ResolveRealDirectory(configuredDirectory);
            yield break;
        }

        foreach (var entry in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasTools(entry))
                yield return ResolveRealDirectory(entry);
        }

        if (!Directory.Exists(debianRoot))
            yield break;
        var versions = Directory.GetDirectories(debianRoot)
            .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
            .Where(c => c.Version > 0 && HasTools(c.Directory))
            .OrderByDescending(c => c.Version);
        foreach (var candidate in versions)
            yield return candidate.Directory;
    }

    private static bool HasTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    // /usr/local/bin often holds symlinks; the real directory is where pg_ctl also finds `postgres`.
    private static string ResolveRealDirectory(string directory)
    {
        var target = new FileInfo(Path.Combine(directory, "pg_ctl")).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName is { } real ? Path.GetDirectoryName(real)! : Path.GetFullPath(directory);
    }

    private static int? ReadMajorVersion(string pgCtl)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(pgCtl, "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            var match = VersionPattern().Match(output);
            return match.Success ? int.Parse(match.Groups[1].Value) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}
