using AdobeTarget.LoadTest;

// dotnet run -c Release --project bench/AdobeTarget.LoadTest -- --users 500 --healthy 20 --faults 20 --recovery 20
// Total outage, breaker off then on: ... -- --users 200 --healthy 10 --faults 0 --outage 40 --recovery 30 --timeout 3 --breaker off
// On-device while the artifact source misbehaves: ... -- --users 200 --healthy 15 --faults 15 --recovery 15 --decisioning on-device --artifact-faults on --fault-share 0
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"Load: {options.Users} virtual users; healthy {options.Healthy.TotalSeconds} s, faults {options.Faults.TotalSeconds} s ({options.FaultShare:P0} of edge calls), outage {options.Outage.TotalSeconds} s, recovered {options.Recovery.TotalSeconds} s; Target timeout {options.TargetTimeout.TotalMilliseconds} ms; circuit breaker {(options.CircuitBreaker ? "on" : "off")}{(options.BreakerSampling is { } sampling ? $", sampling {sampling.TotalSeconds} s" : "")}; decisioning {options.Decisioning}{(options.Decisioning == AdobeTarget.TargetDecisioningMethod.ServerSide ? "" : $", artifact polled every {options.PollingInterval.TotalSeconds} s, artifact faults {(options.ArtifactFaults ? $"on ({options.ArtifactFaultShare:P0} of downloads)" : "off")}")}");
var result = await LoadRun.RunAsync(options, Console.Out);
Console.WriteLine(result);
return result.Passed ? 0 : 1;
