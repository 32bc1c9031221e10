namespace Graph.Engine.Execution;

/// <summary>
/// The field errors of one response, in the order they happened. Like graphql-js's CollectedErrors, an error
/// is dropped when its position is inside a subtree already nulled by an earlier error, so a null that
/// propagates is reported once, at the deepest path, even when siblings fail later. Once the request is cancelled
/// (<paramref name="requestAborted"/>) errors are dropped unfiltered: they are the resolvers stopping, the response
/// is the timeout's or none, and error filters (which log) would report every cancelled field.
/// </summary>
internal sealed class ErrorCollector(ExecutionOptions options, CancellationToken requestAborted)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly HashSet<ResponsePath> _nulledPositions = new(ReferenceEqualityComparer.Instance);
    private bool _rootNulled;

    public int Count
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count;
            }
        }
    }

    /// <summary>Records the errors that nulled the value at <paramref name="position"/> (null: the whole data).</summary>
    public void Add(IReadOnlyList<GraphQLError> errors, ResponsePath? position)
    {
        lock (_errors)
        {
            if (_rootNulled || IsInsideNulled(position))
            {
                return;
            }

            if (position is null)
            {
                _rootNulled = true;
            }
            else
            {
                _nulledPositions.Add(position);
            }

            AddRange(errors);
        }
    }

    /// <summary>Records errors that do not null anything (resolver-reported errors).</summary>
    public void AddReported(GraphQLError error, ResponsePath? position)
    {
        lock (_errors)
        {
            if (_rootNulled || IsInsideNulled(position))
            {
                return;
            }

            AddRange([error]);
        }
    }

    public IReadOnlyList<GraphQLError> ToList()
    {
        lock (_errors)
        {
            return _errors.ToArray();
        }
    }

    private void AddRange(IReadOnlyList<GraphQLError> errors)
    {
        foreach (var error in errors)
        {
            if (requestAborted.IsCancellationRequested)
            {
                return;
            }

            if (options.MaxErrors is { } max && _errors.Count >= max)
            {
                return;
            }

            _errors.Add(options.Filter(error));
        }
    }

    private bool IsInsideNulled(ResponsePath? position)
    {
        if (_nulledPositions.Count == 0)
        {
            return false;
        }

        for (var path = position; path is not null; path = path.Parent)
        {
            if (_nulledPositions.Contains(path))
            {
                return true;
            }
        }

        return false;
    }
}
