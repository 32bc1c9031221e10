using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Files;

/// <summary>
/// <c>GET /files/{name}</c>: an uploaded file, to a caller who may read the row that names it (a prescription: its
/// uploader, the booking's customer, ADMIN, LAB_TECH; a report document: as the report; a studio resource's file: as the
/// resource). The row is read through the
/// caller's row rules, so to anyone else the file does not exist: 404, as for a name nobody stored.
/// </summary>
public static class StoredFileEndpoints
{
    public static IEndpointRouteBuilder MapStoredFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StoredFile.PathPrefix + "{name}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string name, HttpContext context, [FromServices] GraphDbContext db, [FromServices] FileStorage storage)
    {
        if (!StoredFile.IsName(name))
            return Results.NotFound();
        Viewers.ReadAs(context.RequestServices, context.User);
        var url = StoredFile.Url(name);
        (string? mediaType, string? fileName) = await db.Set<PrescriptionUpload>().AsNoTracking()
            .Where(p => p.StoredName == name).Select(p => new { p.FileType, p.FileName })
            .FirstOrDefaultAsync(context.RequestAborted) is { } prescription
            ? ((string?)prescription.FileType, (string?)prescription.FileName)
            : await db.Set<Resource>().AsNoTracking()
                .Where(r => r.StoredName == name).Select(r => new { r.MimeType, r.FileName })
                .FirstOrDefaultAsync(context.RequestAborted) is { } resource
                ? (resource.MimeType, resource.FileName)
                : await db.Set<TestReport>().AsNoTracking().AnyAsync(r => r.ReportFileUrl == url, context.RequestAborted)
                    ? (null, name)
                    : (null, null);
        if (fileName is null || storage.Open(name) is not { } stream)
            return Results.NotFound();

        if (mediaType is null)
        {
            var head = new byte[8];
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, context.RequestAborted);
            stream.Position = 0;
            mediaType = FileStorage.Sniff(head.AsSpan(0, read)) ?? "application/octet-stream";
        }

        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(stream, mediaType, fileName);
    }
}
