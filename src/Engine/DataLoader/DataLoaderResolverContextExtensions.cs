using Graph.Engine.Execution;

namespace Graph.Engine.DataLoader;

public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The request's instance of <typeparamref name="TLoader"/>: a registered service, else one created with its
    /// parameterless constructor; the same instance for the whole request.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader =>
        DataLoaderScope.For(context).GetOrAdd(
            typeof(TLoader),
            () => context.Services.GetService(typeof(TLoader)) as TLoader
                ?? Activator.CreateInstance<TLoader>());

    /// <summary>The request's loader under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context, object key, Func<TLoader> create)
        where TLoader : class, IDataLoader =>
        DataLoaderScope.For(context).GetOrAdd(key, create);
}
