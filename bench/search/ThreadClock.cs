using System.Runtime.InteropServices;

namespace ApecGraph.SearchBench;

/// <summary>
/// The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID): unlike wall time it does not count the time the
/// thread waits for a core, which on a shared machine is most of a slow query's wall time.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double Microseconds() =>
        ClockGetTime(ThreadCpuTime, out var time) == 0 ? time.Seconds * 1e6 + time.Nanoseconds / 1e3 : double.NaN;
}
