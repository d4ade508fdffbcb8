using System.Text;
using ApecGraph.Cli;

// Quotes carry typographic characters (’ “ ”); make sure every console shows them.
Console.OutputEncoding = Encoding.UTF8;

return CliApp.Run(args, Console.Out, Console.Error);
