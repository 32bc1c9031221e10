namespace Graph.Schema.Uploads;

/// <summary>Where uploads are kept and how large they may be (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The directory files are stored in (created when missing); relative paths are from the working directory.</summary>
    public string Directory { get; set; } = ".data/uploads";

    /// <summary>The largest file accepted, in bytes (10 MB by default).</summary>
    public long MaxFileSize { get; set; } = 10 * 1024 * 1024;
}
