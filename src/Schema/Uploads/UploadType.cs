using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Schema.Uploads;

/// <summary>
/// <c>Upload</c> (HotChocolate's name): a file sent beside the operation by the GraphQL multipart request
/// specification. Only a variable can carry one; the transport puts the file (an <see cref="IFile"/>) where the
/// request's <c>map</c> points. It is never an output.
/// </summary>
public sealed class UploadType() : ExtendedScalarType("Upload", "A file sent by the GraphQL multipart request specification, in a variable.")
{
    public static UploadType Instance { get; } = new();

    public override Type RuntimeType => typeof(IFile);

    public override object Serialize(object runtimeValue) =>
        throw new CoercionException("Upload is an input-only scalar.");

    public override object ParseValue(object inputValue) => inputValue is IFile file
        ? file
        : throw new CoercionException("Upload takes a file sent as a multipart request part, mapped to this variable.");

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        throw new CoercionException("Upload cannot be written in the document: send the file in a multipart request and pass it as a variable.");

    public override ValueNode ValueToLiteral(object runtimeValue) =>
        throw new CoercionException("Upload is an input-only scalar.");
}
