namespace Graph.Server;

/// <summary>Prints the served GraphQL schema as SDL, for <c>export-schema</c> and <c>GET /graphql?sdl</c>.</summary>
public interface ISchemaDocumentSource
{
    string PrintSchema();
}
