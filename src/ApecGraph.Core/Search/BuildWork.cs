namespace ApecGraph.Core.Search;

/// <summary>
/// Work of an index build, on the thread pool when the index is large enough to gain from it; a small one (the Neo4j
/// store ranks a few hundred candidates per query with a fresh index) stays on the calling thread.
/// </summary>
internal static class BuildWork
{
    private const int ParallelFrom = 20_000;

    public static Task<T> Start<T>(int size, Func<T> work) => size >= ParallelFrom ? Task.Run(work) : Task.FromResult(work());

    public static void For(int size, Action<int> body)
    {
        if (size >= ParallelFrom)
        {
            Parallel.For(0, size, body);
            return;
        }
        for (var i = 0; i < size; i++) body(i);
    }
}
