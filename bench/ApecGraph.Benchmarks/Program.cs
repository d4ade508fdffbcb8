using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ApecGraph.Benchmarks.RequestStages).Assembly).Run(args);
