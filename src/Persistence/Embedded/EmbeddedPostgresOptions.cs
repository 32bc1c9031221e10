namespace Graph.Persistence.Embedded;

/// <summary>Settings of the private cluster started when no connection string is configured
/// (configuration section <c>Database:Embedded</c>).</summary>
public sealed class EmbeddedPostgresOptions
{
    public const string SectionName = "Database:Embedded";

    /// <summary>Where the cluster, its password file and its log live; relative paths are
    /// resolved against the current directory.</summary>
    public string DataDirectory { get; set; } = ".data/postgres";

    /// <summary>A directory holding <c>initdb</c> and <c>pg_ctl</c>; empty means search PATH and
    /// /usr/lib/postgresql/&lt;highest version&gt;/bin.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The database the application uses inside the cluster.</summary>
    public string Database { get; set; } = "graph";

    /// <summary>False trades crash safety for speed (fsync off); meant for throwaway test clusters.</summary>
    public bool Durable { get; set; } = true;

    /// <summary>How long pg_ctl may take to start or stop the cluster.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
