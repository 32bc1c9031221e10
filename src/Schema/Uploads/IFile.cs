namespace Graph.Schema.Uploads;

/// <summary>A file a client sent with a GraphQL multipart request: the value of an <c>Upload</c> variable.</summary>
public interface IFile
{
    /// <summary>The file name the client gave.</summary>
    string Name { get; }

    /// <summary>The media type the client claimed; never trusted (<see cref="FileStorage"/> reads the bytes).</summary>
    string? ContentType { get; }

    long Length { get; }

    Stream OpenReadStream();
}
