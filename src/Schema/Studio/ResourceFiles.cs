using Graph.Persistence.Diagnostics;
using Graph.Persistence.Studio;
using Graph.Schema.Uploads;
using Graph.Schema.Writes;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Studio;

/// <summary>
/// The <c>file</c> input of <c>createResource</c> and <c>updateResource</c>: an <c>Upload</c> kept by <see cref="FileStorage"/>
/// as a prescription's is (its bytes judged, a random stored name, downloaded at <c>fileUrl</c> by whoever reads the
/// resource); <c>null</c> removes the file. A write that does not commit leaves no file behind; a replaced or removed file
/// goes once the write commits.
/// </summary>
internal static class ResourceFiles
{
    public const string Description =
        "The resource's file (a PDF, JPEG or PNG, by its bytes), sent by the GraphQL multipart request specification; sets fileUrl, fileName, fileSize and mimeType. `null` removes it.";

    public static async ValueTask<string?> ApplyAsync(Resource resource, object? value, WriteInputContext context)
    {
        var storage = context.Services.GetRequiredService<FileStorage>();
        var previous = resource.StoredName;
        if (value is not IFile file)
        {
            (resource.StoredName, resource.FileUrl, resource.FileName, resource.FileSize, resource.MimeType) = (null, null, null, null, null);
        }
        else
        {
            var (storedName, mediaType, refusal) = await storage.SaveAsync(file, context.RequestAborted);
            if (refusal is not null)
                return refusal;
            context.OnRefused(() => storage.Delete(storedName!));
            resource.StoredName = storedName;
            resource.FileUrl = StoredFile.Url(storedName!);
            resource.FileName = string.IsNullOrWhiteSpace(file.Name) ? storedName : file.Name;
            resource.FileSize = file.Length;
            resource.MimeType = mediaType;
        }

        if (previous is not null)
            context.OnCommitted(() => storage.Delete(previous));
        return null;
    }
}
