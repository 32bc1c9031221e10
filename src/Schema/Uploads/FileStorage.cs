using Graph.Persistence.Diagnostics;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Uploads;

/// <summary>
/// Keeps uploaded files under <see cref="UploadOptions.Directory"/> by random names (<see cref="StoredFile"/>). A file is
/// accepted by what its bytes are — PDF, JPEG or PNG, told by their signatures — never by the name or media type the
/// client claims, and only up to <see cref="UploadOptions.MaxFileSize"/>.
/// </summary>
public sealed class FileStorage(IOptions<UploadOptions> options)
{
    private static readonly (string MediaType, byte[] Signature)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public long MaxFileSize => options.Value.MaxFileSize;

    /// <summary>The media type <paramref name="head"/> (a file's first bytes) shows, or null when it is none of those accepted.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        foreach (var (mediaType, signature) in Signatures)
        {
            if (head.StartsWith(signature))
                return mediaType;
        }

        return null;
    }

    /// <summary>Stores <paramref name="file"/>; answers its stored name and media type, or the reason it is refused.</summary>
    public async Task<(string? StoredName, string? MediaType, string? Refusal)> SaveAsync(IFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
            return (null, null, "The file is empty.");
        if (file.Length > MaxFileSize)
            return (null, null, $"The file is larger than the {MaxFileSize} bytes allowed.");

        await using var source = file.OpenReadStream();
        var head = new byte[8];
        var read = await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (Sniff(head.AsSpan(0, read)) is not { } mediaType)
            return (null, null, "The file is not a PDF, JPEG or PNG (by its content).");

        var name = StoredFile.NewName();
        Directory.CreateDirectory(options.Value.Directory);
        await using (var target = new FileStream(PathOf(name), FileMode.CreateNew, FileAccess.Write))
        {
            await target.WriteAsync(head.AsMemory(0, read), cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
        }

        return (name, mediaType, null);
    }

    /// <summary>Removes a stored file (the write that stored it was refused or rolled back).</summary>
    public void Delete(string storedName)
    {
        if (StoredFile.IsName(storedName))
            File.Delete(PathOf(storedName));
    }

    /// <summary>The stored file, or null when there is none by that name.</summary>
    public Stream? Open(string storedName) =>
        StoredFile.IsName(storedName) && File.Exists(PathOf(storedName)) ? File.OpenRead(PathOf(storedName)) : null;

    private string PathOf(string storedName) => Path.Combine(options.Value.Directory, storedName);
}
