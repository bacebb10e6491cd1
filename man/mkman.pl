#!/usr/bin/perl
# Fills a manual page template (man/<lang>/<program>.1.in) with what the programs themselves
# say, so that the pages cannot drift from them:
#
#   @DOCBAO_SYNOPSIS@     the usage lines of "docbao --help"
#   @DOCBAO_COMMANDS@     one subsection per command of "docbao --help": its summary, its usage
#                         and every option of "docbao COMMAND --help"
#   @DOCBAO_EXIT_STATUS@  the exit statuses of "docbao --help"
#   @DOCBAO_KEYS@         the key map in force, "docbao keys" (built-in defaults only)
#   @GTK_SYNOPSIS@        the usage line of "docbao-gtk --help"
#   @GTK_OPTIONS@         every option of "docbao-gtk --help"
#   @DATE@                the date of SOURCE_DATE_EPOCH (else today), UTC
#   @NAME@                the value given with --set NAME=VALUE (the version, install folders)
#
# The placeholders in capitals stand alone on their line; the others may be anywhere. Every
# program runs with --lang LANG, so the generated parts are in the template's language. The
# rest of the page (description, files, examples) is written in the template.
#
# Usage: mkman.pl --lang vi|en --docbao PROGRAM [--gtk PROGRAM] [--set NAME=VALUE]...
#                  TEMPLATE OUTPUT
# On success writes OUTPUT (through a temporary file, renamed when complete); on any failure
# (a program that fails, a help text without commands or options) prints why and exits 1,
# leaving OUTPUT as it was.
use strict;
use warnings;
use utf8;
use Encode qw(decode encode);
use File::Temp qw(tempdir);
use Getopt::Long qw(GetOptions);
use POSIX qw(strftime);

my ($lang, $docbao, $gtk, %set);
GetOptions('lang=s' => \$lang, 'docbao=s' => \$docbao, 'gtk=s' => \$gtk, 'set=s' => \%set)
    && @ARGV == 2 && $lang && $docbao
    or die "usage: mkman.pl --lang vi|en --docbao PROGRAM [--gtk PROGRAM] [--set NAME=VALUE]... "
         . "TEMPLATE OUTPUT\n";
$set{DATE} = strftime('%Y-%m-%d', gmtime($ENV{SOURCE_DATE_EPOCH} // time));
my ($template, $output) = @ARGV;

# The programs read no user configuration here (the key map is the built-in one), and speak
# the template's language whatever the environment says.
my $home = tempdir(CLEANUP => 1);
$ENV{HOME} = $home;
$ENV{$_} = "$home/$_" for qw(XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME);
delete $ENV{DOCBAO_LANG};
$ENV{LC_ALL} = 'C.UTF-8';

# Runs PROGRAM --lang LANG ARGS... and returns its standard output as lines of characters.
sub run {
    my ($program, @args) = @_;
    open(my $fh, '-|', $program, '--lang', $lang, @args)
        or die "mkman: cannot run $program: $!\n";
    my $text = do { local $/; <$fh> } // '';
    close($fh) or die "mkman: \"$program --lang $lang @args\" failed (status $?)\n";
    return split /\n/, decode('UTF-8', $text, Encode::FB_CROAK);
}

# Text for roff: backslashes and hyphens escaped, and no control character at a line's start.
sub esc {
    my ($s) = @_;
    $s =~ s/\\/\\e/g;
    $s =~ s/-/\\-/g;
    $s =~ s/^([.'])/\\&$1/;
    return $s;
}

# A GOption help text: (usage, summary, [[short, long, argument, description]...]). The usage
# is the indented line under the first one, "PROGRAM ... — summary"; the options are the
# indented "-x, --name=ARG   description" lines, except GOption's own --help*.
sub goption_help {
    my ($program, @lines) = @_;
    my ($usage, $summary, @options);
    for my $line (@lines) {
        if (!defined $usage && $line =~ /^\s+(\S+(?: \S+)*?)(?: — (.*))?$/) {
            ($usage, $summary) = ($1, $2);
        } elsif ($line =~ /^\s+(?:-(\w), )?--([\w-]+)(?:=(\S+))?\s{2,}(\S.*)$/) {
            push @options, [$1, $2, $3, $4] unless $2 =~ /^help/;
        }
    }
    die "mkman: no usage line in \"$program --help\"\n" unless defined $usage;
    return ($usage, $summary, @options);
}

sub option_items {
    my $roff = '';
    for my $o (@_) {
        my ($short, $long, $arg, $text) = @$o;
        my $tag = defined $short ? "\\fB\\-$short\\fR, " : '';
        $tag .= '\\fB\\-\\-' . esc($long) . '\\fR';
        $tag .= '=\\fI' . esc($arg) . '\\fR' if defined $arg;
        $roff .= ".TP\n$tag\n" . esc($text) . "\n";
    }
    return $roff;
}

# "PROGRAM rest": the program's name in bold, the rest as it is.
sub usage_line {
    my ($program, $usage) = @_;
    my $rest = substr($usage, length $program);
    $rest =~ s/^\s+//;
    return ".B " . esc($program) . "\n" . ($rest eq '' ? '' : esc($rest) . "\n");
}

my %cache;
sub docbao_help {
    return @{$cache{help} //= [run($docbao, '--help')]};
}

sub docbao_synopsis {
    my @lines = docbao_help();
    my $roff = '';
    for my $line (@lines) {
        last if $line eq '';
        # "Usage: docbao ..." then "       docbao FILE    (same as: ...)"
        $line =~ /^(?:[^\s:][^:]*:)?\s*(docbao\b.*?)(?:\s{2,}.*)?$/ or next;
        $roff .= ".br\n" if $roff ne '';
        $roff .= usage_line('docbao', $1);
    }
    die "mkman: no usage line in \"docbao --help\"\n" if $roff eq '';
    return $roff;
}

# The commands of "docbao --help": [[name, summary]...], in its order.
sub docbao_command_list {
    my @commands = map { /^  ([a-z][a-z0-9-]*)\s{2,}(\S.*)$/ ? [$1, $2] : () } docbao_help();
    die "mkman: no commands in \"docbao --help\"\n" unless @commands;
    return @commands;
}

sub docbao_commands {
    my $roff = '';
    for my $c (docbao_command_list()) {
        my ($name, $summary) = @$c;
        my ($usage, undef, @options) = goption_help("docbao $name", run($docbao, $name, '--help'));
        $roff .= ".SS " . esc($name) . "\n" . usage_line("docbao $name", $usage);
        $roff .= ".PP\n" . esc(ucfirst $summary) . ".\n";
        $roff .= option_items(@options);
    }
    return $roff;
}

sub docbao_exit_status {
    my @codes = map { /^  (\d+)\s{2,}(\S.*)$/ ? [$1, $2] : () } docbao_help();
    die "mkman: no exit statuses in \"docbao --help\"\n" unless @codes;
    return join '', map { ".TP\n.B $_->[0]\n" . esc(ucfirst $_->[1]) . ".\n" } @codes;
}

# The key map, one item per command: its keys, then what it does and its name in keys.conf.
sub docbao_keys {
    my (@order, %keys, %what);
    # "docbao keys": a heading line, then KEY, what it does (words), the command's name.
    my @lines = run($docbao, 'keys');
    shift @lines;
    for my $line (@lines) {
        my ($key, $rest) = split ' ', $line, 2;
        next unless defined $rest;
        $rest =~ s/\s+$//;
        my ($text, $command) = $rest =~ /^(.*\S)\s+(\S+)$/ or next;
        push @order, $command unless $keys{$command};
        push @{$keys{$command}}, $key;
        $what{$command} = $text;
    }
    die "mkman: no keys in \"docbao keys\"\n" unless @order;
    my $roff = '';
    for my $command (@order) {
        $roff .= ".TP\n" . join(', ', map { '\\fB' . esc($_) . '\\fR' } @{$keys{$command}})
            . "\n" . esc(ucfirst $what{$command}) . " (\\fI" . esc($command) . "\\fR).\n";
    }
    return $roff;
}

sub gtk_help {
    die "mkman: the template needs --gtk\n" unless $gtk;
    return goption_help('docbao-gtk', @{$cache{gtk} //= [run($gtk, '--help')]});
}

my %fill = (
    DOCBAO_SYNOPSIS => \&docbao_synopsis,
    DOCBAO_COMMANDS => \&docbao_commands,
    DOCBAO_EXIT_STATUS => \&docbao_exit_status,
    DOCBAO_KEYS => \&docbao_keys,
    GTK_SYNOPSIS => sub { my ($usage) = gtk_help(); usage_line('docbao-gtk', $usage) },
    GTK_OPTIONS => sub { my (undef, undef, @options) = gtk_help(); option_items(@options) },
);

open(my $in, '<:encoding(UTF-8)', $template) or die "mkman: cannot read $template: $!\n";
my $page = '';
while (my $line = <$in>) {
    if ($line =~ /^\@([A-Z_]+)\@$/) {
        my $f = $fill{$1} or die "mkman: $template:$.: unknown placeholder \@$1\@\n";
        $page .= $f->();
        next;
    }
    $line =~ s{\@([A-Z_]+)\@}
              {$set{$1} // die "mkman: $template:$.: nothing set for \@$1\@\n"}ge;
    $page .= $line;
}
close($in);

my $tmp = "$output.tmp";
open(my $out, '>', $tmp) or die "mkman: cannot write $tmp: $!\n";
print $out encode('UTF-8', $page) or die "mkman: cannot write $tmp: $!\n";
close($out) or die "mkman: cannot write $tmp: $!\n";
rename($tmp, $output) or die "mkman: cannot rename $tmp to $output: $!\n";
