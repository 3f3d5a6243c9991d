<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Iniciando la cámara…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Sin cámara: use el escáner o escriba su número de identificación</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Cámara desconectada, reconectando…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Cámara: acerque su tarjeta o pase</translation>
    </message>
</context>
<context>
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>Bloqueado tras %n minuto sin actividad. Usted sigue contando como presente en la sala.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin actividad. Usted sigue contando como presente en la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">Salió de la sala; ya no cuenta para su proporción.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">Todavía no puede salir: los niños de la sala le necesitan para la proporción. Registre a otro miembro del personal o entregue antes a algunos niños.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">Sesión iniciada: %1, contado en %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Registrado: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">Recogido: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">Entregado sin el código: %1. El motivo queda registrado.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">ALERGIA</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">hasta las %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">Recoge a: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">No hay impresora configurada en esta estación. Puede guardar las etiquetas como archivo PDF.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">Vista previa de etiquetas</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">Actualizar (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">Salir de la sala</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">Ningún niño de hoy coincide con ese código. Revise el código del comprobante; si se perdió, entregue con un motivo.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">No registrado: la sala superaría su proporción de personal por niño. Registre a otro miembro del personal en la sala, o envíe al padre o la madre a la recepción.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">No registrado: la sala está llena. Envíe al padre o la madre a la recepción.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">No entregue al niño: %1 está en la lista de personas no autorizadas de este niño. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 no es tutor ni está en la lista de autorizados. Revise su identificación; entregue solo con un motivo.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">Ese niño no está en la sala.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">Solo el personal de cuidado infantil o un supervisor puede iniciar sesión en la sala de cuidado infantil.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Este centro no tiene una sala de cuidado infantil configurada. Llame a TI.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Cuidado infantil</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">Escriba su PIN de personal y pulse Intro. Así cuenta para la proporción de personal por niño de %1.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">Cuidado infantil CRC: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">Este centro no tiene una sala de cuidado infantil configurada. Llame a TI.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Los quioscos del vestíbulo no pueden inscribir niños en esta sala: esta estación no tiene la clave del enlace del centro. Se envía a los padres a la recepción. Llame a IT.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Los quioscos del vestíbulo no pueden inscribir niños en esta sala: el puerto %1 está en uso en esta estación. Se envía a los padres a la recepción. Llame a IT.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">Escriba el nombre del niño.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">Escriba el apellido del niño.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">Escriba la fecha de nacimiento del niño: mes, día, año.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Cuidado infantil</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">Cuidado de niños mientras está aquí</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">Toque a cada niño que se quedará en la sala de niños.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 Durante: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">Agregue a cada niño que se quedará con nosotros.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, edad %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">Nombre del niño</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">Apellido del niño</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">Fecha de nacimiento del niño (mes / día / año)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">Agregar un niño</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">Agregar este niño</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Registrar mi llegada</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Elija por qué vino</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Bienvenido/a, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenidos</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">¿A qué vino hoy? Toque una o más opciones.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Servicios</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Clases de hoy</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Hoy no hay clases.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 a %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (lleno)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">Necesito cuidado de niños</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Registrar mi llegada</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">Código para recoger: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Su comprobante se está imprimiendo.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">La impresora no está disponible. Tómele una foto a la pantalla.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Su llegada quedó registrada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Listo</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">El código QR de su pase CRC</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Tómele una foto a este código. La próxima vez, escanéelo aquí.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Imprimir un comprobante</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Ya registró su llegada</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">Su llegada quedó registrada, %1</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">Cuidado de niños para %1 en %2 hasta las %3. Su código para recoger:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">Código para recoger %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Empezamos de nuevo en %n segundo, para proteger su información.</numerusform>
            <numerusform>Empezamos de nuevo en %n segundos, para proteger su información.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Sigo aquí</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">En el edificio ahora (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">lleno</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Sin planes</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">en pausa: revise las credenciales (llame a TI)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n en espera, sin conexión desde las %1</numerusform>
            <numerusform>%n en espera, sin conexión desde las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">todo enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n rechazados</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">El día</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">En el edificio ahora</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Clases de hoy</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Clase</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Sala</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Inscritos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Termina</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Cupo</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">Guardar clase</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Registros por hora</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Envío a los planes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Hasta</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Último día</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">Exportar PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Sesión cerrada tras %n minuto(s) sin actividad.</numerusform>
            <numerusform>Sesión cerrada tras %n minuto(s) sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">recepción</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">supervisor</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">cuidado infantil</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">TI</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Esta tarjeta aún no está registrada aquí. Complete el formulario para registrarla.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Registrado: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Corrección guardada. La visita ahora tiene: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Visita anulada. Ya no cuenta.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">No se puede fusionar a una persona consigo misma.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Fusionado. Sus visitas ahora son de esta persona.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Fusión deshecha. Vuelven a ser dos personas.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">No hay impresora configurada en esta estación. El registro está guardado; puede imprimir a un archivo PDF.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Vista previa de impresión</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Solo un supervisor puede cambiar las clases de hoy.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Informe guardado: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">Guardar el informe</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Buscar (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Nueva visita sin cita (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">El día (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">Personal (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Demasiados PIN incorrectos. El inicio de sesión está bloqueado hasta las %1 (%2 min).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">No se guardó: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">No encontrado: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Esa clase está llena. Elija otra.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Ese servicio no se ofrece aquí.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">Esto aún no está disponible en esta estación.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">No funcionó. Inténtelo de nuevo o llame a TI si sigue fallando.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Nació el %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">última visita %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">lleno</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Hoy no se ha registrado.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">La visita de hoy fue anulada.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Registrado hoy: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Elija primero al menos un servicio o una clase.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Escriba primero un motivo (se guarda con el registro).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Cambie primero los servicios y luego guarde la corrección.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">última visita</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Busque primero el duplicado: escriba un nombre en el campo de fusión.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">¿Fusionar %1 con %2? Se puede deshacer.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Persona</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Servicios y clases de hoy</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">Registrar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Por qué: p. ej., eligió la clase equivocada</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">Guardar corrección</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">Anular visita</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">Imprimir comprobante</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">Imprimir etiqueta</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Fusionar un duplicado con esta persona</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Busque el duplicado por nombre, teléfono o ID</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Buscar el duplicado</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Posibles duplicados</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Fusionar…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Confirmar fusión</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">Deshacer fusión</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">Escriba el nombre.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">Escriba el apellido.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Esa fecha de nacimiento es futura.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Esa fecha no existe. Escriba la fecha de nacimiento como MM/DD/AAAA, p. ej., 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Escriba la fecha de nacimiento como MM/DD/AAAA, p. ej., 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">Un número de teléfono tiene 10 dígitos, p. ej., 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Ese no es un número de miembro de este plan. Se espera: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">última visita</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Registrar una visita sin cita</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Apellido</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">&amp;Fecha de nacimiento (MM/DD/AAAA)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">&amp;Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">Número de &amp;miembro</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">MM/DD/AAAA</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Sin plan / no se sabe</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Acepta compartir los datos de la visita con este plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">Guardar (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Puede ser alguien ya registrado. Use esa persona o guarde como nueva.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Personas parecidas</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Usar esta persona</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">Guardar como nueva</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>%n persona(s) encontrada(s)</numerusform>
            <numerusform>%n persona(s) encontrada(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">No se encontró a nadie. Pulse Ctrl+N para registrar una visita sin cita.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">última visita</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Buscar personas</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Buscar una persona (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Nombre, teléfono, fecha de nacimiento o número de miembro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Buscar</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Nueva visita sin cita (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Personas encontradas</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">Escriba su PIN y pulse Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Inicio de sesión del personal</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Recepción</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">Escriba su PIN de personal y pulse Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(usted)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">Desactivado</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">Elija un miembro de la lista</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">Seleccionado: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">Seleccionado: %1 (desactivado)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">Escriba el PIN y luego escríbalo otra vez.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">Los dos PIN no son iguales. Escriba el PIN dos veces.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">Escriba el nombre del miembro.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">No puede desactivar su propia cuenta. Pida ayuda a otro supervisor o a TI.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">¿Desactivar a %1? Ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Recepción</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Cuidado infantil</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Supervisor</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">TI</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">Otro miembro del personal ya tiene ese PIN. Elija otro.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">Ese PIN es demasiado fácil de adivinar (un dígito repetido, dígitos seguidos o un patrón repetido). Elija otro.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">Un PIN tiene de 4 a 8 dígitos (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">Es el último miembro activo con este rol. Agregue otro primero.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">Solo un supervisor o TI puede administrar las cuentas del personal.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">Cuentas del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">Agregar un miembro</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN otra &amp;vez</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">&amp;Nuevo PIN</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">Nuevo PIN otra ve&amp;z</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">Agregar miembro</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">Restablecer PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">&amp;Desactivar…</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">&amp;Sí, desactivar</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Cancelar (Esc)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">La base de datos está ocupada. Intentando de nuevo.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Esta estación no puede guardar registros. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">La base de datos necesita atención. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Algo salió mal. Pida ayuda en la recepción.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Use su tarjeta de miembro</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Aquí no se puede usar una licencia de conducir ni una identificación estatal, y no se guardó nada de ella. Escanee su tarjeta del plan de salud o su pase CRC, o escriba sus datos.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Aquí no se puede usar una tarjeta bancaria. Escanee su tarjeta del plan de salud o su pase CRC, o escriba su número.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">No pudimos leer este pase</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Pase a la recepción. Allí registrarán su llegada.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">No pudimos usar esta tarjeta</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Intente de nuevo, escriba su número o toque &quot;No tengo tarjeta&quot;. La recepción también puede ayudarle.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Escriba su número de miembro.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Este número no parece completo o correcto. Revíselo.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Este número coincide con más de una tarjeta. Pase a la recepción.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">No reconocemos este número. Revíselo.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Ejemplo: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">No encontramos este número</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Puede intentar de nuevo, registrarse ahora (toma un minuto) o pasar a la recepción.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Esta clase se acaba de llenar</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Elija otra opción o pase a la recepción.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Revise lo que escribió</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Falta algo o algo no es correcto. La recepción puede ayudarle.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Lo sentimos, algo salió mal</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">La sala de niños no puede recibir más niños a esa hora. Usted ya está registrado. Pase a la recepción para el cuidado de niños.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Nuestra sala de niños no puede recibir a un niño de esa edad. Usted ya está registrado. Pase a la recepción para el cuidado de niños.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">No pudimos comunicarnos con la sala de niños en este momento. Ya está registrado. Por favor, pase a la recepción para inscribir a sus hijos.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">No se pudo reservar el cuidado de niños aquí. Usted ya está registrado. Pase a la recepción para el cuidado de niños.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">Escriba el código de recogida del comprobante del padre o la madre, o escanéelo.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">Niños con el código %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: esperado</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: en la sala</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: recogido</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Registrar entrada de %n niño</numerusform>
            <numerusform>Registrar entrada de %n niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Entregar %n niño</numerusform>
            <numerusform>Entregar %n niños</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Indique quién recoge (el nombre de su identificación).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">Código de recogida</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Código</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Buscar</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">Buscar los niños de este código</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Recogido por</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">Imprimir sus etiquetas</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Registros por hora: %n en total</numerusform>
            <numerusform>Registros por hora: %n en total</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">más concurrido %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">la próxima hora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Demasiados intentos. Espere y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">El acceso del personal no está disponible</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Llame al equipo de TI para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Quiosco CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Mensaje</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Intentar de nuevo</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Escribir mi número</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrarme</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Elegir de nuevo</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">Volver al inicio</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Teclado en pantalla</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Borrar el último carácter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Espacio</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">Entregar a %1 sin el código de recogida</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Indique quién recoge (el nombre de su identificación).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">Una entrega sin el código necesita un motivo: qué pasó y cómo comprobó quién es la persona.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">Entregar sin el código</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Recogido por</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">Motivo (se registra con su nombre)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">Entregar al niño</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Escriba su apellido.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Escriba su fecha de nacimiento: mes, día, año.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">Un número de teléfono tiene 10 dígitos. También puede dejarlo vacío.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Escriba el número de miembro de la tarjeta de su plan.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Responda: ¿podemos compartir sus visitas?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrarme</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Cuéntenos sobre usted</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Toma más o menos un minuto. Toque una casilla y escriba con las teclas.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Apellido(s)</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Fecha de nacimiento (mes / día / año)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Teléfono (puede dejarlo vacío)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Idioma que prefiere</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Su plan de salud, si lo sabe</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Número de miembro de la tarjeta de su plan</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">¿Podemos avisarle a su plan de salud cuando nos visite? Así pueden ayudarle mejor.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Sin plan / No sé</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Sí, compartan mis visitas</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">No, no compartan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Registrarme y continuar</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">En la sala: %1 de %2 plazas. Esperados: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">Personal en la sala: %1 (%2). Necesario para estos niños: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">Tiempo excedido: %1 (en la sala desde las %2; la clase del padre o la madre terminó o se superó la estancia máxima). Llame al padre o la madre o a la recepción.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">La clase termina pronto: %1 (la clase del padre o la madre termina a las %2). Prepárelo para la recogida.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">Sala de cuidado infantil</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">Registrar entrada del niño seleccionado</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">Entregar sin código…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">Imprimir etiquetas</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(excepción)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">Alergia: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">Médico: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Tiempo excedido</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">La clase termina</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">En la sala (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">Esperados (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">Recogidos (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Niño</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">En la sala desde</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">Fin de la clase</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">Alergia / médico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Aviso</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">Salida</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Recogido por</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 fue agregado como %2 y ya puede iniciar sesión con su PIN.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">Nuevo PIN guardado para %1. El anterior ya no funciona.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 está desactivado y ya no puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN del personal</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Solo personal: escriba su PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Desbloquear</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">Recepción del CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Estado de la estación</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Revisando la estación…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Base de datos correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n registro pendiente, sin conexión desde las %1</numerusform>
            <numerusform>%n registros pendientes, sin conexión desde las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n registro pendiente de sincronizar</numerusform>
            <numerusform>%n registros pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">No hay registros pendientes</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Todos los registros enviados</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: las credenciales necesitan atención (llame a TI)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n registro rechazado</numerusform>
            <numerusform>%n registros rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>El reloj está desfasado %n minuto: revise la hora</numerusform>
            <numerusform>El reloj está desfasado %n minutos: revise la hora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Escriba su número</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Escriba su número de miembro</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Está en su tarjeta del plan de salud o de Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Número de miembro</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Pantalla de bienvenida</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenidos</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Toque su idioma para comenzar</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Use el lector de tarjetas o toque &quot;Escribir mi número&quot;.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Acerque su tarjeta o pase a la cámara</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Escribir mi número</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">No tengo tarjeta</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">Texto más grande</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Agrandar las palabras en todas las pantallas</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Mostrar la pantalla en este idioma</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Plan B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logotipo de %1</translation>
    </message>
</context>
</TS>
