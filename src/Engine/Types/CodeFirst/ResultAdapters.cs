using System.Runtime.CompilerServices;

namespace Graph.Engine.Types;

/// <summary>Turns what compiled resolver methods return into the engine's <c>ValueTask&lt;object?&gt;</c> shape.</summary>
internal static class ResultAdapters
{
    public static ValueTask<object?> FromValue(object? value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return Await(task);

        static async ValueTask<object?> Await(Task<T> pending) => await pending.ConfigureAwait(false);
    }

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return Await(task);

        static async ValueTask<object?> Await(ValueTask<T> pending) => await pending.ConfigureAwait(false);
    }

    public static ValueTask<object?> FromTask(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>((object?)null);
        }

        return Await(task);

        static async ValueTask<object?> Await(Task pending)
        {
            await pending.ConfigureAwait(false);
            return null;
        }
    }

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream) => new(Box(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> task) =>
        Box(await task.ConfigureAwait(false));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        Box(await task.ConfigureAwait(false));

    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream) =>
        stream as IAsyncEnumerable<object?> ?? BoxItems(stream);

    private static async IAsyncEnumerable<object?> BoxItems<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
