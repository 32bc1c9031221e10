using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Graph.Engine;
using Graph.Persistence;
using Graph.Persistence.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Server.Execution;

/// <summary>How <c>/graphql</c> treats documents sent by hash (<c>GraphQL:PersistedOperations:Mode</c>).</summary>
public enum PersistedOperationMode
{
    /// <summary>Apollo's automatic persisted queries: a client sends the hash; an unknown one is answered
    /// <c>PERSISTED_QUERY_NOT_FOUND</c>, and the client sends the document with its hash, which is stored for every server.</summary>
    Automatic,

    /// <summary>Only documents registered ahead (<c>import-operations</c>) run, sent by hash or in full.</summary>
    AllowList,

    /// <summary>Documents are sent in full; a hash alone is answered <c>PERSISTED_QUERY_NOT_SUPPORTED</c>.</summary>
    Off,
}

/// <summary><c>GraphQL:PersistedOperations</c>.</summary>
public sealed class PersistedOperationOptions
{
    public PersistedOperationMode Mode { get; set; } = PersistedOperationMode.Automatic;

    /// <summary>The largest document stored from a client (registered ones are not bounded).</summary>
    public int MaxDocumentLength { get; set; } = 100_000;
}

/// <summary>
/// Trusted documents in PostgreSQL (<c>persisted_operations</c>), remembered in memory once read: what a request's
/// hash stands for, storing what clients send in automatic mode, and the allow-list check. The answers follow Apollo's
/// protocol, so that its <c>PersistedQueryLink</c> (and HotChocolate's clients) work unchanged.
/// </summary>
public sealed class PersistedOperationStore(IDbContextFactory<GraphDbContext> contexts, IOptions<GraphQLServerOptions> options)
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string NotSupportedMessage = "PersistedQueryNotSupported";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>HotChocolate's <c>OnlyPersistedOperationsAllowed</c>.</summary>
    public const string OnlyPersistedCode = "HC0067";

    /// <summary>The answer to a hash where documents are only taken in full.</summary>
    public static GraphQLError NotSupported { get; } = Error(NotSupportedMessage, NotSupportedCode);

    private readonly ConcurrentDictionary<string, (string Document, bool Registered)> _known = new(StringComparer.Ordinal);

    private PersistedOperationOptions Options => options.Value.PersistedOperations;

    /// <summary>The hash a request names: Apollo's <c>extensions.persistedQuery.sha256Hash</c>, or the document id
    /// Relay's and HotChocolate's clients send (<c>id</c>, <c>documentId</c>).</summary>
    public static string? RequestedHash(GraphQLRequest request)
    {
        if (request.DocumentId is { Length: > 0 } id)
            return id;
        return request.Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> persisted
            && persisted.GetValueOrDefault("sha256Hash") is string hash
            ? hash
            : null;
    }

    /// <summary>SHA-256 of the document's UTF-8, lower-case hex: Apollo's hash.</summary>
    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The document the request runs, or the error that refuses it.</summary>
    public async ValueTask<(string? Document, GraphQLError? Error)> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var mode = Options.Mode;
        var hash = RequestedHash(request);
        if (hash is null)
        {
            if (mode != PersistedOperationMode.AllowList)
                return (request.Query, null);
            return await FindAsync(Hash(request.Query!), cancellationToken) is { Registered: true }
                ? (request.Query, null)
                : (null, Error("Only registered operations may run on this server.", OnlyPersistedCode));
        }

        if (mode == PersistedOperationMode.Off)
            return (null, NotSupported);

        if (request.Query is { } query)
        {
            if (!string.Equals(Hash(query), hash, StringComparison.OrdinalIgnoreCase))
                return (null, Error("The document's SHA-256 is not the hash sent with it.", HashMismatchCode));
            if (mode == PersistedOperationMode.AllowList)
            {
                return await FindAsync(hash, cancellationToken) is { Registered: true }
                    ? (query, null)
                    : (null, Error("Only registered operations may run on this server.", OnlyPersistedCode));
            }

            if (query.Length <= Options.MaxDocumentLength)
                await StoreAsync(hash.ToLowerInvariant(), query, registered: false, cancellationToken);
            return (query, null);
        }

        return await FindAsync(hash, cancellationToken) is { } known && (known.Registered || mode == PersistedOperationMode.Automatic)
            ? (known.Document, null)
            : (null, Error(NotFoundMessage, NotFoundCode));
    }

    /// <summary>Stores a document under its hash; an existing one is kept, or marked registered when <paramref name="registered"/>.
    /// Answers whether a row was added or changed.</summary>
    public async Task<bool> StoreAsync(string hash, string document, bool registered, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO persisted_operations (hash, document, registered) VALUES ({hash}, {document}, {registered})
            ON CONFLICT (hash) DO UPDATE SET registered = true WHERE {registered} AND NOT persisted_operations.registered
            """, cancellationToken);
        _known.TryRemove(hash, out _);
        return changed > 0;
    }

    private async ValueTask<(string Document, bool Registered)?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(hash, out var known))
            return known;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PersistedOperation>().AsNoTracking().Where(o => o.Hash == hash)
            .Select(o => new { o.Document, o.Registered }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
            return null;
        if (_known.Count > 10_000)
            _known.Clear();
        return _known[hash] = (row.Document, row.Registered);
    }

    private static GraphQLError Error(string message, string code) => new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
