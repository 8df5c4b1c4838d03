# sosta doctor : chaque contrôle dit ce qu'il a trouvé et, pour un problème, que faire.

doctor-status-ok = ok
doctor-status-warn = avertissement
doctor-status-problem = PROBLÈME
doctor-fine = Rien n'empêche la borne de fonctionner. Avertissements : { $warnings }
doctor-problems = Problèmes : { $problems }. Avertissements : { $warnings }. Faites ce que dit chaque problème, puis relancez sosta doctor

doctor-folder-ok = Le dossier des données { $path } existe et seul l'utilisateur de Sosta peut le lire
doctor-folder-missing = Le dossier des données { $path } n'existe pas
doctor-folder-missing-todo = Démarrez Sosta une fois (sosta kiosk) pour le créer, ou vérifiez --data-dir et SOSTA_DATA_DIR
doctor-folder-not-folder = { $path } est un fichier, pas un dossier
doctor-folder-not-folder-todo = Choisissez le bon dossier des données avec --data-dir ou SOSTA_DATA_DIR
doctor-folder-open = D'autres utilisateurs de cet ordinateur peuvent lire : { $paths }
doctor-folder-open-todo = Lancez : chmod -R go-rwx { $path }

doctor-settings-ok = Le fichier des réglages est correct
doctor-settings-default = Il n'y a pas encore de fichier des réglages : le premier démarrage en écrit un avec les valeurs par défaut
doctor-settings-bad-todo = Corrigez cette ligne de sosta.toml : Sosta ne démarre pas tant qu'elle n'est pas juste

doctor-database-ok = La base de données { $place } est intacte (version du schéma { $version })
doctor-database-none = Il n'y a pas encore de base de données dans { $path }
doctor-database-none-todo = Démarrez Sosta une fois pour la créer. Si la structure avait des réservations ici, remettez plutôt la dernière sauvegarde (voir Backups dans le README)
doctor-database-unreadable = La base de données { $place } est illisible : { $detail }
doctor-database-damaged = La base de données { $place } a échoué au contrôle d'intégrité : { $detail }
doctor-database-restore-todo = Ne la supprimez pas. Arrêtez les bornes et les postes, gardez une copie du fichier et remettez la dernière sauvegarde (voir Backups dans le README)
doctor-database-older = La base de données { $place } a la version du schéma { $version } : le prochain démarrage la porte à { $known }
doctor-database-newer = La base de données { $place } a la version du schéma { $version }, plus récente que celle que ce programme connaît ({ $known })
doctor-database-newer-todo = Installez la même version de Sosta que les autres ordinateurs qui utilisent cette base de données
doctor-server-unreachable = Le serveur de base de données { $place } est injoignable : { $detail }
doctor-server-unreachable-todo = Vérifiez le réseau et que le serveur est allumé ; son adresse est [database] url dans sosta.toml (ou SOSTA_DATABASE_URL)

doctor-key-ok = Le fichier de clé des tickets { $path } existe et seul l'utilisateur de Sosta peut le lire
doctor-key-server = Les clés des tickets sont dans la base de données de la structure
doctor-key-missing = Le fichier de clé des tickets { $path } manque
doctor-key-damaged = Le fichier de clé des tickets { $path } est illisible : { $detail }
doctor-key-restore-todo = Remettez le fichier slip-keys depuis votre sauvegarde avant le prochain démarrage : sans lui, les tickets déjà imprimés ne peuvent pas être vérifiés
doctor-key-open = D'autres utilisateurs peuvent lire le fichier de clé des tickets { $path } (droits { $mode })
doctor-key-open-todo = Lancez : chmod 600 { $path }. Si quelqu'un a pu le copier, lancez aussi : sosta keys rotate

doctor-printer-none = Aucune imprimante n'est réglée : les tickets sont seulement enregistrés dans { $path }
doctor-printer-none-todo = Indiquez l'imprimante dans sosta.toml, sous [printer] : destination (une file CUPS) ou escpos (une imprimante de tickets de caisse)
doctor-printer-no-cups = Le système d'impression (CUPS) n'est pas installé : lpstat est introuvable
doctor-printer-no-cups-todo = Installez-le (apt install cups cups-client) et ajoutez l'imprimante, ou demandez à la personne qui s'occupe de cet ordinateur
doctor-printer-no-default = CUPS n'a pas d'imprimante par défaut
doctor-printer-no-default-todo = Indiquez la file dans sosta.toml sous [printer] destination, ou rendez-en une par défaut : lpoptions -d FILE
doctor-printer-missing = CUPS n'a pas d'imprimante { $printer }
doctor-printer-missing-todo = Vérifiez le nom avec lpstat -p, ou ajoutez l'imprimante dans CUPS (http://localhost:631)
doctor-printer-disabled = L'imprimante { $printer } est désactivée
doctor-printer-disabled-todo = Vérifiez le papier, le capot et le câble, puis lancez : cupsenable { $printer }
doctor-printer-rejecting = L'imprimante { $printer } n'accepte pas de travaux
doctor-printer-rejecting-todo = Lancez : cupsaccept { $printer }
doctor-printer-paper = L'imprimante { $printer } n'a pas de format de papier pour les tickets { $format } (elle a : { $sizes })
doctor-printer-paper-todo = Choisissez dans CUPS le pilote de l'imprimante qui correspond à votre rouleau, ou réglez [printer] format dans sosta.toml sur le papier qu'elle a
doctor-printer-ok = L'imprimante { $printer } est activée et accepte les travaux
doctor-escpos-ok = L'imprimante de tickets de caisse { $printer } est joignable
doctor-escpos-missing = L'imprimante de tickets de caisse { $printer } est injoignable : { $detail }
doctor-escpos-missing-todo = Vérifiez qu'elle est allumée, son câble ou le réseau ; son adresse est [printer] escpos dans sosta.toml
doctor-escpos-denied = L'utilisateur de Sosta ne peut pas écrire sur l'imprimante de tickets de caisse { $printer }
doctor-escpos-denied-todo = Ajoutez l'utilisateur de Sosta au groupe lp (adduser UTILISATEUR lp), puis reconnectez-vous

doctor-disk-ok = Espace libre sur le disque : { $free } Mio
doctor-disk-low = Peu d'espace libre sur le disque : { $free } Mio
doctor-disk-full = Le disque est presque plein : { $free } Mio libres. Bientôt, les réservations risquent de ne plus être enregistrées
doctor-disk-todo = Libérez de l'espace : supprimez les vieux fichiers et les sauvegardes inutiles, ou videz la corbeille
doctor-disk-unknown = L'espace libre sur le disque n'a pas pu être lu : { $detail }

doctor-clock-ok = Fuseau horaire { $zone } : l'horloge indique { $time }. Comparez-la avec une montre
doctor-clock-behind = L'horloge indique { $time }, avant la dernière visite ({ $newest }) : l'horloge est fausse
doctor-clock-todo = Réglez la date et l'heure (timedatectl set-time), ou activez l'heure réseau (timedatectl set-ntp true)

doctor-fonts-ok = Les polices du ticket pour toutes les langues sont intégrées et se chargent
doctor-fonts-bad = Une police du ticket ne se charge pas : { $detail }
doctor-fonts-todo = Réinstallez Sosta

doctor-voice-off = La lecture à voix haute est désactivée ([kiosk] read_aloud = false) : non contrôlé
doctor-espeak-ok = La voix est installée : { $version }
doctor-espeak-missing = La voix (espeak-ng) n'est pas installée : la borne ne peut pas lire à voix haute
doctor-espeak-missing-todo = Installez-la (apt install espeak-ng), ou réglez read_aloud = false sous [kiosk] dans sosta.toml
doctor-sound-ok = Cartes son trouvées : { $count }
doctor-sound-none = Aucune carte son trouvée (aplay -l)
doctor-sound-none-todo = Branchez les haut-parleurs et vérifiez les réglages du son (alsamixer), ou réglez read_aloud = false sous [kiosk]
doctor-sound-no-aplay = Le lecteur audio (aplay) n'est pas installé
doctor-sound-no-aplay-todo = Installez-le (apt install alsa-utils), ou réglez read_aloud = false sous [kiosk]
